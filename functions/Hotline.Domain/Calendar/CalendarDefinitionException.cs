namespace Hotline.Domain.Calendar;

/// <summary>
/// Calendar data (a <see cref="CalendarDefinition"/> or a <see cref="HolidaySchedule"/>) is invalid.
/// </summary>
/// <remarks>
/// Calendar data comes from profile files edited by people; the message names the offending field
/// (<see cref="Field"/>) so the file can be fixed without reading code.
/// </remarks>
public sealed class CalendarDefinitionException : Exception
{
    public CalendarDefinitionException()
        : this("calendar", "the calendar definition is invalid.")
    {
    }

    public CalendarDefinitionException(string message)
        : this("calendar", message)
    {
    }

    public CalendarDefinitionException(string message, Exception innerException)
        : this("calendar", message, innerException)
    {
    }

    public CalendarDefinitionException(string field, string message, Exception? innerException = null)
        : base($"{field}: {message}", innerException)
    {
        Field = field;
    }

    /// <summary>The offending field, as a path into the data (e.g. <c>holidays[2].to</c>).</summary>
    public string Field { get; }
}
