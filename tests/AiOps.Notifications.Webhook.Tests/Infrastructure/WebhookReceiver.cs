using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Webhook.Tests.Infrastructure;

/// <summary>A Kestrel endpoint on 127.0.0.1 and a free port that records every call and answers as told.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly System.Threading.Channels.Channel<ReceivedCall> _calls =
        System.Threading.Channels.Channel.CreateUnbounded<ReceivedCall>();

    private WebhookReceiver(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public int StatusCode { get; set; } = StatusCodes.Status204NoContent;

    public string AnswerBody { get; set; } = "";

    /// <summary>Gets or sets a value indicating whether the answer echoes the request's URL and API key.</summary>
    public bool EchoRequest { get; set; }

    public ConcurrentDictionary<string, string> AnswerHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<WebhookReceiver> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/{**path}", receiver.HandleAsync);
        await receiver._app.StartAsync(cancellationToken);

        var address = receiver._app.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address + "/hook");
        return receiver;
    }

    public async Task<ReceivedCall> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        return await _calls.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = new HeaderDictionary();
        foreach (var (name, value) in context.Request.Headers)
        {
            headers[name] = value;
        }

        _calls.Writer.TryWrite(new ReceivedCall(body, headers));
        context.Response.StatusCode = StatusCode;
        foreach (var (name, value) in AnswerHeaders)
        {
            context.Response.Headers[name] = value;
        }

        if (EchoRequest)
        {
            var key = context.Request.Headers["X-Api-Key"];
            var echo = $"No hook at {context.Request.Path}{context.Request.QueryString} for key {key}";
            await context.Response.WriteAsync(echo, context.RequestAborted);
            return;
        }

        // A 204 must carry no body at all: even an empty write makes Kestrel drop the kept-alive connection.
        if (AnswerBody.Length > 0)
        {
            await context.Response.WriteAsync(AnswerBody, context.RequestAborted);
        }
    }
}
