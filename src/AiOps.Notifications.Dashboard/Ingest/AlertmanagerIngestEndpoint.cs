using System.Text.Json;
using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Maps <c>POST {prefix}/api/ingest/alertmanager</c>, the Alertmanager webhook receiver.</summary>
internal static class AlertmanagerIngestEndpoint
{
    private static readonly TimeSpan OverloadRetryAfter = TimeSpan.FromSeconds(30);

    public static void MapAlertmanagerIngest(this RouteGroupBuilder group, DashboardMount mount)
    {
        var limit = mount.Options.MaxIngestBodyBytes;
        group.MapPost("/api/ingest/alertmanager", (HttpContext context, AlertmanagerIngestor ingestor,
                ILogger<AlertmanagerIngestor> logger) => HandleAsync(context, ingestor, logger, limit))
            .WithMetadata(new RequestSizeLimit(limit))
            .WithName(mount.Prefix + ":ingest-alertmanager");
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context, AlertmanagerIngestor ingestor, ILogger logger, long limit)
    {
        if (!IsJson(context.Request.ContentType))
        {
            return DashboardProblems.UnsupportedMediaType();
        }

        var parsed = await ReadPayloadAsync(context, limit).ConfigureAwait(false);
        if (parsed.Problem is { } problem)
        {
            Log.AlertmanagerRejected(logger, parsed.Reason!);
            return problem;
        }

        return await IngestAsync(parsed.Payload!, ingestor, logger, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> IngestAsync(
        AlertmanagerPayload payload, AlertmanagerIngestor ingestor, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            var summary = await ingestor.IngestAsync(payload, cancellationToken).ConfigureAwait(false);
            Log.AlertmanagerIngested(
                logger, summary.Opened, summary.Updated, summary.Resolved, summary.Ignored);
            return TypedResults.Json(summary, AlertmanagerJsonContext.Default.IngestSummary);
        }
        catch (QueueFullException exception)
        {
            // Alertmanager retries 5xx only; 503 makes it send the payload again later.
            Log.AlertmanagerOverloaded(logger, exception);
            return DashboardProblems.Overloaded(OverloadRetryAfter);
        }
    }

    private static async Task<ParsedPayload> ReadPayloadAsync(HttpContext context, long limit)
    {
        byte[]? body;
        try
        {
            body = await BoundedBody.ReadAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        return body is null ? ParsedPayload.TooLarge(limit) : Parse(body);
    }

    private static ParsedPayload Parse(byte[] body)
    {
        AlertmanagerPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(body, AlertmanagerJsonContext.Default.AlertmanagerPayload);
        }
        catch (JsonException exception)
        {
            return ParsedPayload.Malformed(exception);
        }

        var errors = AlertmanagerPayloadValidator.Validate(payload);
        return errors.Count == 0 ? ParsedPayload.Valid(payload!) : ParsedPayload.Invalid(errors);
    }

    private static bool IsJson(string? contentType) =>
        contentType is null || contentType.Contains("json", StringComparison.OrdinalIgnoreCase);
}
