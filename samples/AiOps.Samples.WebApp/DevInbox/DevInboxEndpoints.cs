using AiOps.Notifications.Webhook;
using Microsoft.Extensions.Options;

namespace AiOps.Samples.WebApp.DevInbox;

/// <summary>Maps the development inbox: a webhook receiver that verifies signatures, and the inbox as HTML and JSON.</summary>
internal static class DevInboxEndpoints
{
    public static IEndpointRouteBuilder MapDevInbox(this IEndpointRouteBuilder endpoints)
    {
        // The inbox shows every message body: like the dashboard's default, only this machine may read it.
        var dev = endpoints.MapGroup("/dev").ExcludeFromDescription().AddEndpointFilter(async (context, next) =>
            context.HttpContext.Connection.RemoteIpAddress is { } remote && System.Net.IPAddress.IsLoopback(
                remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote)
                ? await next(context)
                : Results.Problem("The development inbox answers local requests only.", statusCode: StatusCodes.Status403Forbidden));
        dev.MapPost("/webhook", ReceiveWebhookAsync);
        dev.MapGet("/inbox", (Inbox inbox) => Results.Content(InboxPage.Render(inbox.Items), "text/html; charset=utf-8"));
        dev.MapGet("/inbox.json", (Inbox inbox) => Results.Json(inbox.Items));
        return endpoints;
    }

    private static async Task<IResult> ReceiveWebhookAsync(
        HttpRequest request, Inbox inbox, IOptions<DevInboxOptions> options, TimeProvider timeProvider)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var headers = request.Headers.ToDictionary(
            header => header.Key.ToLowerInvariant(), header => header.Value.ToString(), StringComparer.Ordinal);
        var verified = Verify(options.Value.WebhookSecret, headers, body, timeProvider.GetUtcNow(), out var error);

        inbox.Add(new InboxItem
        {
            Kind = "webhook",
            ReceivedAt = timeProvider.GetUtcNow(),
            Body = body,
            Headers = headers,
            SignatureValid = verified,
            SignatureError = error,
        });
        return verified ? Results.NoContent() : Results.Problem(error, statusCode: StatusCodes.Status401Unauthorized);
    }

    private static bool Verify(
        string secret, Dictionary<string, string> headers, string body, DateTimeOffset now, out string? error)
    {
        if (!StandardWebhookSigner.IsValidSecret(secret))
        {
            error = "DevInbox:WebhookSecret is not a whsec_ secret.";
            return false;
        }

        var valid = new StandardWebhookSigner(secret).Verify(
            headers.GetValueOrDefault("webhook-id"),
            headers.GetValueOrDefault("webhook-timestamp"),
            headers.GetValueOrDefault("webhook-signature"),
            body,
            now);
        error = valid ? null : "No signature matches, or the timestamp is outside the tolerance.";
        return valid;
    }
}
