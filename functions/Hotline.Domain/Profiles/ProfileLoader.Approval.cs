using System.Text.Json;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Profiles;

public static partial class ProfileLoader
{
    private sealed partial class Reader
    {
        /// <summary>"reporting.approval" (R-RP-9); absent means the profile's reports go out without a chain.</summary>
        private ReportApprovalPolicy? Approval(ApprovalDocument? a, int? upstreamDay)
        {
            if (a is null)
            {
                return null;
            }

            var reports = Kinds(a.Reports, "reporting.approval.reports");
            if (reports.Count == 0)
            {
                errors.Add("reporting.approval.reports: name at least one of weekly, monthly");
            }

            var upstream = Kinds(a.Upstream, "reporting.approval.upstream");
            if (!upstream.IsSubsetOf(reports))
            {
                errors.Add("reporting.approval.upstream: only reports that are approved can go upstream (list them in reports)");
            }

            if (upstream.Contains(ReportKind.Monthly) && upstreamDay is null)
            {
                errors.Add("reporting.approval.upstream: a monthly upstream submission needs reporting.upstreamReportDay");
            }

            if (a.RemindWorkingDaysBefore is < 0 or > 10)
            {
                errors.Add("reporting.approval.remindWorkingDaysBefore: 0 to 10 working days");
            }

            var reviewer = Selector(a.Reviewer, "reporting.approval.reviewer");
            var approver = Selector(a.Approver, "reporting.approval.approver");
            return reviewer is null || approver is null
                ? null
                : new ReportApprovalPolicy(reports, reviewer, approver, upstream, a.RemindWorkingDaysBefore ?? 1);
        }

        private HashSet<ReportKind> Kinds(List<string>? names, string path)
        {
            var kinds = new HashSet<ReportKind>();
            foreach (var name in names ?? [])
            {
                var kind = Enum.GetValues<ReportKind>().Where(k => KebabName(k) == name).Cast<ReportKind?>().FirstOrDefault();
                if (kind is null)
                {
                    errors.Add($"{path}: '{name}' is not weekly or monthly");
                }
                else
                {
                    kinds.Add(kind.Value);
                }
            }

            return kinds;
        }

        private StaffSelector? Selector(StaffSelectorDocument? s, string path)
        {
            var role = Enum.GetValues<Role>().Where(r => KebabName(r) == s?.Role).Cast<Role?>().FirstOrDefault();
            if (role is null)
            {
                errors.Add($"{path}.role: '{s?.Role}' is not a role; one of {string.Join(", ", Enum.GetValues<Role>().Select(r => KebabName(r)))}");
                return null;
            }

            var unit = s!.Unit?.Trim();
            return new StaffSelector(role.Value, string.IsNullOrEmpty(unit) ? null : unit);
        }

        private static string KebabName<T>(T value)
            where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
    }
}
