using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Teams.Tests.Infrastructure;

/// <summary>A Kestrel server on 127.0.0.1 that answers like a Workflows webhook and a legacy Teams connector.</summary>
internal sealed class TeamsReceiver : IAsyncDisposable
{
    public const int MaxBytes = 28 * 1024;

    private readonly WebApplication _app;

    private TeamsReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<TeamsReceiver> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new TeamsReceiver(builder.Build());
        receiver.Map();
        await receiver._app.StartAsync(cancellationToken);
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        receiver.BaseUrl = new Uri(address.Addresses.First() + "/");
        return receiver;
    }

    /// <summary>A Workflows URL whose segment selects the answer: ok, limited, broken, gone.</summary>
    public Uri Workflow(string behaviour) => new(BaseUrl, $"workflows/{behaviour}/triggers/manual/paths/invoke?sig=secretsig1234");

    /// <summary>A legacy connector URL whose segment selects the answer: ok, limited, toolarge.</summary>
    public Uri Legacy(string behaviour) => new(BaseUrl, $"webhookb2/{behaviour}/IncomingWebhook/abc/secret9876");

    /// <summary>A URL under which every POST fails with <paramref name="status"/>, echoing the URL it got.</summary>
    public Uri Echo(int status, string pathAndQuery) => new(BaseUrl, $"echo/{status}/{pathAndQuery}");

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private void Map()
    {
        _app.MapPost("/workflows/{behaviour}/triggers/manual/paths/invoke", async (HttpContext context, string behaviour) =>
        {
            var body = await Record(context);
            if (behaviour == "limited")
            {
                context.Response.Headers.RetryAfter = "2";
                return Results.Text("Rate limit is exceeded.", statusCode: 429);
            }

            return behaviour switch
            {
                "broken" => Results.Text("Bad gateway", statusCode: 502),
                "gone" => Results.Text("""{"error":{"code":"WorkflowNotFound"}}""", statusCode: 404),
                _ => ValidateWorkflow(body) is { } error ? error : Results.StatusCode(202),
            };
        });
        _app.MapPost("/echo/{status:int}/{**rest}", (HttpContext context, int status) => Results.Text(
            $"No workflow at {context.Request.Path}{context.Request.QueryString}", statusCode: status));
        _app.MapPost("/webhookb2/{behaviour}/IncomingWebhook/{a}/{b}", async (HttpContext context, string behaviour) =>
        {
            var body = await Record(context);
            return behaviour switch
            {
                "limited" => Results.Text("Microsoft Teams endpoint returned HTTP error 429 with ContextId tcid=0,server=msgapi"),
                "toolarge" => Results.Text("Microsoft Teams endpoint returned HTTP error 413 with ContextId tcid=0"),
                _ => ValidateMessageCard(body) is { } error ? Results.Text(error, statusCode: 400) : Results.Text("1"),
            };
        });
    }

    private static IResult? ValidateWorkflow(string body)
    {
        if (Encoding.UTF8.GetByteCount(body) > MaxBytes)
        {
            return Results.Text("Request Entity too large", statusCode: 413);
        }

        var error = TeamsContract.ValidateWorkflow(body, maxVersion: new Version(1, 4));
        return error is null ? null : Results.Text("{\"error\":{\"code\":\"" + error + "\"}}", "application/json", statusCode: 400);
    }

    private static string? ValidateMessageCard(string body)
    {
        var card = JsonNode.Parse(body)!;
        return (string?)card["@type"] == "MessageCard" && ((string?)card["summary"] ?? (string?)card["text"]) is { Length: > 0 }
            ? null
            : "Summary or Text is required.";
    }

    private async Task<string> Record(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new ReceivedRequest(context.Request.Path, "", context.Request.ContentType, body));
        return body;
    }
}
