using System.Text;
using System.Text.Json;
using Hotline.Service.Api;
using Hotline.Testing;
using Microsoft.AspNetCore.Http;

namespace Hotline.Functions.Tests;

/// <summary>An ASP.NET Core request as the Functions host hands it to an HTTP function, served by the test host's container.</summary>
internal static class FunctionRequests
{
    public static HttpRequest Make(IServiceProvider services, string method, string? staff = null, string? body = null, string? query = null)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = method;
        context.Request.QueryString = query is null ? QueryString.Empty : new QueryString(query);
        if (staff is not null)
        {
            context.Request.Headers[ApiAuth.Header] = TestOrg.ApiKey(staff);
        }

        if (body is not null)
        {
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        }

        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    /// <summary>What the function wrote to the response: its status and body (JSON, or null when empty).</summary>
    public static (int Status, JsonElement? Body) Response(HttpRequest request)
    {
        var response = request.HttpContext.Response;
        response.Body.Position = 0;
        var text = new StreamReader(response.Body).ReadToEnd();
        return (response.StatusCode, text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone());
    }

    public const string Intake = """
        {"caller":{"name":"李四","phone":"13912345670","address":"5栋301","property":"阳光园区"},"channel":"phone","category":"repair",
         "urgency":"normal","summary":"门锁坏了","decision":"open","reason":"on-site-work","receivedBy":"agent1"}
        """;
}
