using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Service.Api.OpenApi;

/// <summary>
/// Writes one <see cref="ApiDoc"/> with the answers every handler of its kind gives, so that a catalogue entry lists only
/// what is particular to its endpoint: with a staff key 401 (no or wrong key), 429 (too many wrong keys, Retry-After) and
/// 503 (storage down, Retry-After, nothing changed); with roles 403; with a JSON body 400 (naming the field) and, for the staff API, 415.
/// </summary>
public sealed class DocBuilder(string name, string tag, string summary, string description)
{
    public const string ProblemJson = "application/problem+json";
    public const string Json = "application/json";

    private readonly List<string> _roles = [];
    private readonly List<ApiParam> _parameters = [];
    private readonly List<ApiAnswer> _answers = [];
    private Type? _body;
    private string? _bodyExample;
    private bool _invalid;
    private string? _invalidExample;
    private ApiSecurity _security = ApiSecurity.StaffKey;

    public DocBuilder Roles(params string[] roles)
    {
        _roles.AddRange(roles);
        return this;
    }

    public DocBuilder Body<T>(string example)
    {
        _body = typeof(T);
        _bodyExample = example;
        _invalid = true;
        return this;
    }

    public DocBuilder Path(string name, string description, string example) =>
        Param(new ApiParam(name, ParamIn.Path, description, Required: true, Example: example));

    public DocBuilder Query(string name, string description, ParamKind kind = ParamKind.Text, bool required = false, string? example = null, IReadOnlyList<string>? values = null) =>
        Param(new ApiParam(name, ParamIn.Query, description, kind, required, example, values));

    public DocBuilder Header(string name, string description, string? example = null) =>
        Param(new ApiParam(name, ParamIn.Header, description, Example: example));

    public DocBuilder Param(ApiParam parameter)
    {
        _parameters.Add(parameter);
        return this;
    }

    /// <summary>A success answer with the body the handler writes (none for 204 or a bare 202).</summary>
    public DocBuilder Ok(int status, string description, Type? body = null, params string[] contentTypes)
    {
        _answers.Add(new ApiAnswer(status, description, body, body is null ? null : contentTypes.Length > 0 ? contentTypes : [Json]));
        return this;
    }

    public DocBuilder Ok<T>(string description, int status = StatusCodes.Status200OK) => Ok(status, description, typeof(T));

    /// <summary>400 for a path or query value the handler checks (bodies get it by themselves).</summary>
    public DocBuilder Invalid(string? example = null)
    {
        _invalid = true;
        _invalidExample = example ?? _invalidExample;
        return this;
    }

    /// <summary>A refusal as application/problem+json (403, 404, 409): <paramref name="description"/> says when.</summary>
    public DocBuilder Problem(int status, string description, string? example = null)
    {
        _answers.Add(new ApiAnswer(status, description, typeof(ProblemDetails), [ProblemJson], example));
        return this;
    }

    public DocBuilder Webhook()
    {
        _security = ApiSecurity.WebhookKey;
        return this;
    }

    public ApiDoc Build()
    {
        var answers = new List<ApiAnswer>(_answers);
        void Standard(int status, string text, Type body, string? example = null)
        {
            if (answers.All(a => a.Status != status))
            {
                answers.Add(new ApiAnswer(status, text, body, [ProblemJson], example));
            }
        }

        if (_invalid)
        {
            Standard(400, "请求无效：errors 指明字段与原因 · Invalid: `errors` names each field and why; nothing was stored.",
                typeof(HttpValidationProblemDetails), _invalidExample);
        }

        Standard(401, _security == ApiSecurity.WebhookKey
            ? "Webhook 密钥缺失或错误 · The webhook key (?code= or x-hotline-webhook-key) is missing or wrong."
            : "缺少或错误的 X-Api-Key · No API key, or one the directory does not know.", typeof(ProblemDetails));
        if (_roles.Count > 0)
        {
            Standard(403, $"角色不符（需要 {string.Join(" / ", _roles)}）· The caller's roles do not allow this.", typeof(ProblemDetails));
        }

        // The webhook reads Event Grid's payload whatever its declared type; the staff API's JSON reader refuses others.
        if (_body is not null && _security == ApiSecurity.StaffKey)
        {
            Standard(415, "正文须为 application/json · The body is not declared as application/json.", typeof(ProblemDetails));
        }

        if (_security == ApiSecurity.StaffKey)
        {
            Standard(429, "错误密钥过多，请按 Retry-After 等待 · Too many wrong API keys from this address; wait for Retry-After.", typeof(ProblemDetails));
        }

        Standard(503, "存储暂不可用，未作任何更改；按 Retry-After 重试 · Storage is unavailable; nothing was changed, retry after Retry-After.", typeof(ProblemDetails));
        return new ApiDoc(name, tag, summary, description, [.. _roles], _body, _bodyExample, [.. _parameters], [.. answers.OrderBy(a => a.Status)], _security);
    }
}
