using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Slack.Tests.Infrastructure;

/// <summary>A Kestrel server on 127.0.0.1 that answers like Slack's incoming webhooks and <c>chat.postMessage</c>.</summary>
internal sealed class SlackReceiver : IAsyncDisposable
{
    public const string BotToken = "xoxb-1111-2222-secrettokenvalue";

    private readonly WebApplication _app;

    private SlackReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseUrl, "api/");

    public static async Task<SlackReceiver> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new SlackReceiver(builder.Build());
        receiver.Map();
        await receiver._app.StartAsync(cancellationToken);
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        receiver.BaseUrl = new Uri(address.Addresses.First() + "/");
        return receiver;
    }

    /// <summary>A webhook URL whose last segment selects the answer: ok, missing, archived, limited, broken.</summary>
    public Uri Webhook(string behaviour) => new(BaseUrl, "services/T0001/B0001/" + behaviour);

    /// <summary>A URL under which every POST fails with <paramref name="status"/>, echoing the request.</summary>
    public Uri Echo(int status, string path) => new(BaseUrl, $"echo/{status}/{path}");

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private void Map()
    {
        _app.MapPost("/services/{team}/{bot}/{behaviour}", async (HttpContext context, string behaviour) =>
        {
            var body = await Record(context);
            return behaviour switch
            {
                "missing" => Results.Text("channel_not_found", statusCode: 404),
                "archived" => Results.Text("channel_is_archived", statusCode: 410),
                "broken" => Results.Text("rollup_error", statusCode: 500),
                "limited" => RateLimited(context),
                _ => SlackContract.Validate(body) is { } error
                    ? Results.Text(error, statusCode: 400)
                    : Results.Text("ok"),
            };
        });
        _app.MapPost("/echo/{status:int}/{**rest}", (HttpContext context, int status) => Results.Text(
            $"No hook at {context.Request.Path}{context.Request.QueryString} ({context.Request.Headers.Authorization})",
            statusCode: status));
        _app.MapPost(
            "/api/chat.postMessage",
            async (HttpContext context, CancellationToken _) => PostMessage(await Record(context), context));
    }

    private static IResult RateLimited(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "1";
        return Results.Text("""{"retry_after":1,"ok":false,"error":"rate_limited"}""", "application/json", statusCode: 429);
    }

    private static IResult PostMessage(string body, HttpContext context)
    {
        if (context.Request.Headers.Authorization != "Bearer " + BotToken)
        {
            return Answer("""{"ok":false,"error":"not_authed"}""");
        }

        var error = SlackContract.Validate(body);
        var channel = error is null ? JsonDocument.Parse(body).RootElement.GetProperty("channel").GetString() : null;
        error ??= channel switch
        {
            "C404" => "channel_not_found",
            "CBUSY" => "ratelimited",
            _ => null,
        };
        return error is null
            ? Answer($$"""{"ok":true,"channel":"{{channel}}","ts":"1733213670.000100"}""")
            : Answer($$"""{"ok":false,"error":"{{error}}"}""");
    }

    private static IResult Answer(string json) => Results.Text(json, "application/json");

    private async Task<string> Record(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new ReceivedRequest(
            context.Request.Path, context.Request.Headers.Authorization.ToString(), context.Request.ContentType, body));
        return body;
    }
}
