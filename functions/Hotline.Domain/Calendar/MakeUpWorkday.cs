namespace Hotline.Domain.Calendar;

/// <summary>
/// A weekend day worked in exchange for a holiday (调休上班), e.g. 春节 on Saturday 2026-02-14.
/// </summary>
public sealed record MakeUpWorkday(string Name, DateOnly Date);
