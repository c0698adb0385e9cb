using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Hotline.Domain.Calendar;
using Hotline.Domain.Kpi;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Profiles;

/// <summary>Reads a profile from JSON and validates all of it, reporting every problem with its JSON path.</summary>
public static partial class ProfileLoader
{
    private static CallerFeedback Feedback(string? text, List<string> errors)
    {
        foreach (var value in Enum.GetValues<CallerFeedback>())
        {
            if (text is null && value == CallerFeedback.OnCompletion || string.Equals(text, JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()), StringComparison.Ordinal))
            {
                return value;
            }
        }

        errors.Add($"closure.callerFeedback: '{text}' is not on-completion, on-closure or none (R-FB-1)");
        return CallerFeedback.OnCompletion;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <param name="holidaySchedules">Schedules a profile may name in <c>calendar.holidays</c>; defaults to the built-in ones.</param>
    public static Profile Load(string json, string source, IReadOnlyDictionary<string, HolidaySchedule>? holidaySchedules = null)
    {
        ProfileDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<ProfileDocument>(json, Json);
        }
        catch (JsonException e)
        {
            throw new ProfileValidationException(source, [$"{e.Path ?? "$"}: {e.Message}"]);
        }

        if (doc is null)
        {
            throw new ProfileValidationException(source, ["$: the file is empty"]);
        }

        var errors = new List<string>();
        var reader = new Reader(errors);
        var profile = reader.Build(doc, holidaySchedules ?? BuiltInHolidays);
        return errors.Count == 0 && profile is not null ? profile : throw new ProfileValidationException(source, errors);
    }

    public static IReadOnlyDictionary<string, HolidaySchedule> BuiltInHolidays { get; } =
        new Dictionary<string, HolidaySchedule> { ["cn-2026"] = HolidaySchedule.China2026 };

    private sealed partial class Reader(List<string> errors)
    {
        public Profile? Build(ProfileDocument doc, IReadOnlyDictionary<string, HolidaySchedule> schedules)
        {
            var id = Required(doc.Id, "id");
            if (id is not null && !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                errors.Add("id: use lower-case letters, digits and '-' (e.g. park-dispatch)");
            }

            var calendar = Calendar(doc.Calendar, schedules);
            var categories = Categories(doc.Categories);
            var f = doc.FollowUp ?? new FollowUpDocument(null, false, null, null, null, null, null, null, false, false);
            var e = doc.Emergency ?? new EmergencyDocument(null, null);
            var r = doc.Revisit ?? new RevisitDocument(null, null, null, false);
            var d = doc.Dispatch ?? new DispatchDocument(null, false, null);
            var i = doc.Intake ?? new IntakeDocument(false, null, null);
            var profile = new Profile
            {
                Id = id ?? string.Empty,
                Name = Required(doc.Name, "name") ?? string.Empty,
                Source = Required(doc.Source, "source") ?? string.Empty,
                Calendar = calendar!,
                Categories = categories,
                Intake = new IntakePolicy(i.EscalationOnly, i.TellCallerTimeLimit ?? true, Spec(i.DefaultTimeLimit, "intake.defaultTimeLimit"), i.UnitsReportToHotline),
                Dispatch = new DispatchPolicy(Spec(d.AcknowledgeWithin, "dispatch.acknowledgeWithin"), d.NotifyOfficeHead, Spec(d.ForwardWithin, "dispatch.forwardWithin"), d.WrittenTransfers, d.ViaBuildingHead, d.MajorToGroupHead),
                FollowUp = new FollowUpPolicy(
                    Spec(f.First, "followUp.first"), f.EndOfDay, Duration(f.EndOfDayLead, "followUp.endOfDayLead"),
                    Spec(f.WeeklyReview, "followUp.weeklyReview"), Spec(f.Daily, "followUp.daily"), Spec(f.FirstResponse, "followUp.firstResponse"),
                    Spec(f.EscalateAfter, "followUp.escalateAfter"), Spec(f.OverdueRecheck, "followUp.overdueRecheck"), f.SecondComplaintLadder, f.Suspension),
                Emergency = new EmergencyPolicy(Duration(e.AcknowledgeWithin ?? "PT10M", "emergency.acknowledgeWithin"), [.. e.CrewUnits ?? []]),
                Revisit = new RevisitPolicy(Spec(r.Within, "revisit.within"), Spec(r.StageWithin, "revisit.stageWithin"), r.ReopenOnDissatisfied ?? true, r.ByResponsibleUnit, r.UnreachableAttempts, r.AfterClosure),
                Closure = new ClosurePolicy(
                    doc.Closure?.ForcedQuarterly ?? true, Feedback(doc.Closure?.CallerFeedback, errors), doc.Closure?.AssessUnitHead ?? false,
                    CorrectiveAction(doc.Closure?.CorrectiveAction, categories), doc.Closure?.SlipCopyToDispatcher ?? false),
                PaidService = PaidService(doc.PaidService),
                Kpi = Kpi(doc.Kpi),
                FeedbackWithin = Spec(doc.Kpi?.FeedbackWithin, "kpi.feedbackWithin") ?? Profile.DefaultFeedbackWithin,
                Penalties = Penalties(doc.Penalties),
                Reporting = Reporting(doc.Reporting, categories),
                Supervision = new SupervisionPolicy(
                    Spec(doc.Supervision?.ReportWithin, "supervision.reportWithin"), doc.Supervision?.ReportMajorAtOnce ?? false, UpstreamUnit(doc.Supervision?.UpstreamUnit)),
                FirstQuestion = FirstQuestion(doc.FirstQuestion),
                ReleasePermits = ReleasePermits(doc.ReleasePermits),
            };

            if (categories.Any(c => c.Paid && (c.PaidPromise ?? profile.PaidService.PromiseWithin) <= TimeSpan.Zero))
            {
                errors.Add("paidService.promiseWithin: required when a category is paid and promises no time of its own (R-FU-9)");
            }

            if (profile.Revisit.UnreachableAttempts is < 1)
            {
                errors.Add("revisit.unreachableAttempts: at least 1, or leave it out to wait for a revisit (R-RV-6)");
            }

            if (profile.Emergency.AcknowledgeWithin <= TimeSpan.Zero)
            {
                errors.Add("emergency.acknowledgeWithin: must be a positive duration");
            }

            return calendar is null ? null : profile;
        }

        private ImmutableArray<CategoryPolicy> Categories(List<CategoryDocument>? docs)
        {
            if (docs is null || docs.Count == 0)
            {
                errors.Add("categories: at least one category is required");
                return [];
            }

            var result = ImmutableArray.CreateBuilder<CategoryPolicy>();
            for (var n = 0; n < docs.Count; n++)
            {
                var c = docs[n];
                var path = $"categories[{n}]";
                var code = Required(c.Code, path + ".code");
                if (code is not null && result.Any(x => x.Code == code))
                {
                    errors.Add($"{path}.code: '{code}' appears twice");
                }

                if (c.ServiceArea is { } area && ServiceAreas.Find(area) is null)
                {
                    errors.Add($"{path}.serviceArea: '{area}' is not one of the 14 service areas ({string.Join(", ", ServiceAreas.All.Select(a => a.Code))})");
                }

                result.Add(new CategoryPolicy(
                    code ?? string.Empty, Required(c.Name, path + ".name") ?? string.Empty, [.. c.Units ?? []], c.Emergency,
                    c.RequiresServiceSlip, c.NeedsInstruction, Spec(c.Handling, path + ".handling"), c.Paid, c.ServiceArea,
                    Spec(c.ArriveWithin, path + ".arriveWithin"),
                    c.PaidPromise is null ? null : Duration(c.PaidPromise, path + ".paidPromise")));
            }

            return result.ToImmutable();
        }

        /// <summary>R-RP-2: a target left out is no target, never a borrowed default.</summary>
        private KpiTargets Kpi(KpiDocument? k)
        {
            try
            {
                var targets = k is null ? KpiTargets.None : new KpiTargets(k.FeedbackTimeliness, k.RevisitRate, k.Satisfaction, k.ClosureRate);
                targets.Validate();
                return targets;
            }
            catch (ArgumentException ex)
            {
                errors.Add($"kpi: {ex.Message}");
                return KpiTargets.None;
            }
        }

        private ImmutableArray<string> CorrectiveAction(List<string>? codes, ImmutableArray<CategoryPolicy> categories)
        {
            if (codes is null)
            {
                return default;
            }

            foreach (var code in codes.Where(c => categories.All(x => x.Code != c)))
            {
                errors.Add($"closure.correctiveAction: '{code}' is not a category of this profile");
            }

            return [.. codes];
        }

        private PenaltySchedule? Penalties(Dictionary<string, decimal[]>? penalties)
        {
            if (penalties is null)
            {
                return null; // R-RP-7: no schedule in the seed, no amounts; never another profile's.
            }

            var ranges = new Dictionary<AccountabilityKind, PenaltyRange>();
            foreach (var kind in Enum.GetValues<AccountabilityKind>())
            {
                var key = JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
                if (!penalties.TryGetValue(key, out var values) || values.Length is < 1 or > 2 || values.Any(v => v < 0) || values[0] > values[^1])
                {
                    errors.Add($"penalties.{key}: give [yuan] or [min, max] in yuan");
                    continue;
                }

                ranges[kind] = new PenaltyRange(values[0], values[^1]);
            }

            foreach (var key in penalties.Keys.Where(k => !Enum.GetNames<AccountabilityKind>().Any(n => JsonNamingPolicy.CamelCase.ConvertName(n) == k)))
            {
                errors.Add($"penalties.{key}: not an accountability kind");
            }

            return ranges.Count == Enum.GetValues<AccountabilityKind>().Length ? new PenaltySchedule(ranges) : null;
        }

        private Reports.ReportingPolicy Reporting(ReportingDocument? r, ImmutableArray<CategoryPolicy> categories)
        {
            if (r is null)
            {
                return Reports.ReportingPolicy.None;
            }

            foreach (var (day, path) in new[] { (r.RollUpDay, "reporting.rollUpDay"), (r.UpstreamReportDay, "reporting.upstreamReportDay") })
            {
                if (day is < 1 or > 28)
                {
                    errors.Add($"{path}: a day of the month from 1 to 28");
                }
            }

            if (r.LinkedUnitCategory is { } code && categories.All(c => c.Code != code))
            {
                errors.Add($"reporting.linkedUnitCategory: '{code}' is not a category of this profile");
            }

            // R-DS-8: a complaint about a linked unit names it, so the list must exist wherever the category does.
            var linkedUnits = (r.LinkedUnits ?? []).Select(u => u.Trim()).ToList();
            if (r.LinkedUnitCategory is not null && (linkedUnits.Count == 0 || linkedUnits.Any(string.IsNullOrEmpty)
                || linkedUnits.Distinct(StringComparer.Ordinal).Count() != linkedUnits.Count))
            {
                errors.Add("reporting.linkedUnits: name each second-level linked unit once (R-DS-8)");
            }

            return new Reports.ReportingPolicy(r.RollUpDay, r.UpstreamReportDay, r.LinkedUnitCategory, r.LinkedUnitCategory is null ? null : linkedUnits)
            {
                Approval = Approval(r.Approval, r.UpstreamReportDay),
                WeeklyQualityCheck = r.WeeklyQualityCheck,
            };
        }

        /// <summary>R-PV-1: a directory unit code, or left out; a blank one would match no office and hide every item.</summary>
        private string? UpstreamUnit(string? unit) =>
            unit is null ? null
            : string.IsNullOrWhiteSpace(unit) || unit.Trim() != unit
                ? Error<string?>(null, $"supervision.upstreamUnit: '{unit}' is not a directory unit code; name the upstream office's unit (e.g. city-office) or leave it out")
                : unit;

        private DeadlineSpec? Spec(string? text, string path)
        {
            if (text is null)
            {
                return null;
            }

            return DeadlineSpec.TryParse(text, out var spec, out var error) ? spec : Error<DeadlineSpec?>(null, $"{path}: {error}");
        }

        private TimeSpan Duration(string? text, string path)
        {
            if (text is null)
            {
                return TimeSpan.Zero;
            }

            var parsed = PeriodPattern.NormalizingIso.Parse(text);
            return parsed.Success && !parsed.Value.HasDateComponent
                ? parsed.Value.ToDuration().ToTimeSpan()
                : Error(TimeSpan.Zero, $"{path}: '{text}' is not a time duration like PT30M");
        }

        private string? Required(string? value, string path) =>
            string.IsNullOrWhiteSpace(value) ? Error<string?>(null, $"{path}: required") : value.Trim();

        private T Error<T>(T fallback, string message)
        {
            errors.Add(message);
            return fallback;
        }
    }
}
