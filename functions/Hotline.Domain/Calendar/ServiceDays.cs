namespace Hotline.Domain.Calendar;

/// <summary>Which days the hotline answers (R-PV-3).</summary>
public enum ServiceDays
{
    /// <summary>All 365 days, holidays and weekends included.</summary>
    EveryDay,

    /// <summary>Only the calendar's working days (statutory holidays off, 调休 Saturdays on).</summary>
    WorkingDays,
}
