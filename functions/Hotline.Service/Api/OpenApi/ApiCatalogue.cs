using System.Collections.Frozen;

namespace Hotline.Service.Api.OpenApi;

/// <summary>
/// The API's documentation in one place, keyed by endpoint name (the <c>.WithName(...)</c> every endpoint carries). The
/// local host applies it to the generated OpenAPI document (bodies, parameters, answers, examples, security, tags), so an
/// endpoint is documented by adding an entry here — never by annotating the endpoint. An endpoint with no entry is
/// left bare, and the OpenAPI tests fail on it.
/// </summary>
/// <remarks>Entries are grouped by area in the partial files (ApiCatalogue.Cases.cs, …); each area lists its docs.</remarks>
public static partial class ApiCatalogue
{
    /// <summary>The tags, in the order the reference page shows them, with their descriptions.</summary>
    public static IReadOnlyList<(string Name, string Description)> Tags { get; } =
    [
        (Tag.Cases, "受理来电、案件查询与处理动作（信号）。A case is opened by intake and moved on by signals; the case machine decides, a refusal names its rule (409)."),
        (Tag.Forms, "纸质表单的打印页与导出（HTML/CSV/XLSX）· The paper forms (R-PV-2) as print pages and exports."),
        (Tag.Reports, "日报、周报、月报、首问审计、质量记录、报表报送与存档 · Period reports, audits, submissions and stored snapshots."),
        (Tag.Surveys, "满意度调查（R-RV-7）· The periodic satisfaction survey."),
        (Tag.Permits, "物品放行单（R-SV-1）· Release permits and the gate decision."),
        (Tag.Staff, "员工名录、角色与 API 密钥 · The staff directory, roles and API keys."),
        (Tag.System, "配置与时钟 · Profiles and the host's clock."),
        (Tag.Sms, "短信：发件箱与入站 Webhook · The SMS outbox and the inbound webhook (Event Grid)."),
        (Tag.Admin, "案件编排运维（管理员）· Case orchestrations, for admins."),
    ];

    private static readonly FrozenDictionary<string, ApiDoc> Docs =
        new[] { CaseDocs(), FormDocs(), ReportDocs(), RecordDocs(), DirectoryDocs() }
            .SelectMany(area => area)
            .ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    /// <summary>Every documented endpoint name.</summary>
    public static IEnumerable<string> Names => Docs.Keys;

    /// <summary>The documentation of the endpoint named <paramref name="endpointName"/>, or null when it has none.</summary>
    public static ApiDoc? Find(string? endpointName) =>
        endpointName is not null && Docs.TryGetValue(endpointName, out var doc) ? doc : null;

    private static DocBuilder Doc(string name, string tag, string summary, string description) => new(name, tag, summary, description);

    /// <summary>The tag names (Chinese first, as the reference page groups them).</summary>
    public static class Tag
    {
        public const string Cases = "案件 Cases";
        public const string Forms = "表单 Forms";
        public const string Reports = "报表 Reports";
        public const string Surveys = "满意度调查 Surveys";
        public const string Permits = "放行单 Permits";
        public const string Staff = "员工 Staff";
        public const string System = "系统 System";
        public const string Sms = "短信 SMS";
        public const string Admin = "运维 Admin";
    }
}
