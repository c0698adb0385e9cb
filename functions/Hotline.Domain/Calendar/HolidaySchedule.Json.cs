using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Domain.Calendar;

public sealed partial class HolidaySchedule
{
    private const string China2026Resource = "Hotline.Domain.Calendar.Data.cn-2026.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        // Profile files are edited by hand: allow comments, and fail on a misspelt field instead of ignoring it.
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<HolidaySchedule> China2026Schedule = new(LoadChina2026);

    /// <summary>
    /// China's 2026 statutory holidays and 调休 working days (国办发明电〔2025〕7号), from the embedded
    /// <c>Calendar/Data/cn-2026.json</c>.
    /// </summary>
    public static HolidaySchedule China2026 => China2026Schedule.Value;

    /// <summary>
    /// Reads a schedule: <c>{"year": 2026, "source": "...", "holidays": [{"name", "first", "last"}],
    /// "makeUpWorkdays": [{"name", "date"}]}</c>, dates as <c>yyyy-MM-dd</c>, holiday days inclusive.
    /// </summary>
    /// <exception cref="CalendarDefinitionException">Malformed JSON or inconsistent dates.</exception>
    public static HolidaySchedule FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ScheduleDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ScheduleDocument>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            // The serializer's own message names private DTO types; say what the file should hold instead.
            throw new CalendarDefinitionException(
                FieldOf(ex.Path),
                $"not a valid holiday schedule (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}); expected "
                + "{\"year\", \"source\", \"holidays\": [{\"name\", \"first\", \"last\"}], "
                + "\"makeUpWorkdays\": [{\"name\", \"date\"}]} with dates as yyyy-MM-dd.",
                ex);
        }

        if (document is null)
        {
            throw new CalendarDefinitionException("$", "the document is empty (null).");
        }

        var holidays = (document.Holidays ?? []).Select((h, i) => h is null
            ? throw new CalendarDefinitionException($"holidays[{i}]", "must not be null.")
            : new Holiday(
                h.Name!,
                Required(h.First, $"holidays[{i}].first"),
                Required(h.Last, $"holidays[{i}].last")));
        var makeUpWorkdays = (document.MakeUpWorkdays ?? []).Select((d, i) => d is null
            ? throw new CalendarDefinitionException($"makeUpWorkdays[{i}]", "must not be null.")
            : new MakeUpWorkday(d.Name!, Required(d.Date, $"makeUpWorkdays[{i}].date")));

        return Create(
            Required(document.Year, "year"), document.Source!, holidays.ToList(), makeUpWorkdays.ToList());
    }

    /// <summary>"$.holidays[0].first" → "holidays[0].first", the form validation errors use.</summary>
    private static string FieldOf(string? jsonPath) =>
        jsonPath is null || jsonPath == "$" ? "$" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;

    private static T Required<T>(T? value, string field)
        where T : struct =>
        value ?? throw new CalendarDefinitionException(field, "is required.");

    private static HolidaySchedule LoadChina2026()
    {
        using var stream = typeof(HolidaySchedule).Assembly.GetManifestResourceStream(China2026Resource)
            ?? throw new InvalidOperationException($"Embedded resource {China2026Resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private sealed record ScheduleDocument(
        int? Year, string? Source, IReadOnlyList<HolidayDocument?>? Holidays, IReadOnlyList<WorkdayDocument?>? MakeUpWorkdays);

    private sealed record HolidayDocument(string? Name, DateOnly? First, DateOnly? Last);

    private sealed record WorkdayDocument(string? Name, DateOnly? Date);
}
