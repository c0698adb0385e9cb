using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

public static partial class CaseMachine
{
    /// <summary>
    /// When a case's clocks start (R-PV-3): now within the service hours, else the next opening — a request left with
    /// the GM hotline at 20:00 (08:30–18:00 on 365 days, 000 §5.1) is followed up from 08:30 the next morning, not
    /// counted against the building through the night. On a 24 h service this is always now.
    /// </summary>
    private static DateTimeOffset ClockFrom(Step step) => step.Profile.Calendar.NextServiceTime(step.Now);

    /// <summary>
    /// Records who received an intake outside the working day (R-PV-3): outside the service hours it is registered for
    /// the next opening; within 24 h service but off the regular shift the profile's duty desk received it
    /// (001 §2 非正式班由当值的值班人员调度; 000 篇2 §6 晚间值班台; 003 运行期值班人员).
    /// </summary>
    private static void NoteServiceHours(Step step, StaffId by)
    {
        var calendar = step.Profile.Calendar;
        var desk = calendar.Definition.DutyDesk;
        if (!calendar.IsWithinServiceHours(step.Now))
        {
            var opens = calendar.FormatLocal(calendar.NextServiceTime(step.Now));
            step.Log(LedgerKind.Received, $"服务时间外受理，由{desk ?? "值班"}登记：处理时限与跟进自 {opens} 开始计", "R-PV-3", by);
        }
        else if (desk is not null && !calendar.IsWithinWorkingHours(step.Now))
        {
            step.Log(LedgerKind.Received, $"非正式班：由{desk}受理并负责调度、跟进", "R-PV-3", by);
        }
    }
}
