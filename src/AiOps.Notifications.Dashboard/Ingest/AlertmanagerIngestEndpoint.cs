using System.Globalization;
using System.Text;
using System.Text.Json;
using AiOps.Notifications.Dashboard.Api;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.OpenApi;
using AiOps.Notifications.Dashboard.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>
/// Maps <c>POST {prefix}/api/ingest/alertmanager</c> and <c>POST {prefix}/api/ingest/grafana</c>: the two
/// receivers share one payload shape (Alertmanager version 4, Grafana version 1).
/// </summary>
internal static class AlertmanagerIngestEndpoint
{
    public const string Grafana = "grafana";

    public static void MapAlertmanagerIngest(this RouteGroupBuilder api, DashboardMount mount)
    {
        Map(api, mount, AlertmanagerIncidentMapper.Source, "Receive a Prometheus Alertmanager webhook (version 4)");
        Map(api, mount, Grafana, "Receive a Grafana alerting webhook (version 1)");
    }

    private static void Map(RouteGroupBuilder api, DashboardMount mount, string source, string summary)
    {
        var limit = mount.Options.MaxIngestBodyBytes;
        var endpoint = api.MapPost("/ingest/" + source, (HttpContext context, AlertmanagerIngestor ingestor,
                IngestGate gate, IOptionsMonitor<AiOpsApiOptions> options, ILogger<AlertmanagerIngestor> logger) =>
                HandleAsync(
                    context, ingestor, gate, RequiredVersion(options.CurrentValue, source), logger, source, limit))
            .WithMetadata(new RequestSizeLimit(limit))
            .WithName(mount.Prefix + ":ingest-" + source)
            .WithSummary(summary)
            .AcceptsJson<AlertmanagerPayload>()
            .Produces<IngestSummary>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        VerifiedIngest.Admit(endpoint, api, source);
    }

    private static async Task<IResult> HandleAsync(HttpContext context, AlertmanagerIngestor ingestor,
        IngestGate gate, string? requiredVersion, ILogger logger, string source, long limit)
    {
        if (JsonBody.RefuseUnreadable(context.Request, requireType: false) is { } unreadable)
        {
            return unreadable;
        }

        var body = await JsonBody.ReadBytesAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            Log.AlertmanagerRejected(logger, "body too large");
            return DashboardProblems.TooLarge(limit);
        }

        if (gate.Verify(source, context.Request, body) is { } refused)
        {
            return refused;
        }

        var parsed = Parse(source, body, requiredVersion);
        if (parsed.Problem is { } problem)
        {
            Log.AlertmanagerRejected(logger, parsed.Reason!);
            return problem;
        }

        var payload = parsed.Payload!;
        return await gate.ApplyOnceAsync(
            DeliveryKey(source, payload),
            payload.Alerts!.Count,
            ct => ingestor.IngestAsync(payload, source, ct),
            logger,
            context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>groupKey + status + sorted (fingerprint, status, startsAt): one Alertmanager delivery.</summary>
    public static string DeliveryKey(string source, AlertmanagerPayload payload)
    {
        var alerts = payload.Alerts!
            .Select(alert => string.Create(CultureInfo.InvariantCulture,
                $"{alert!.Fingerprint}|{alert.Status}|{alert.StartsAt?.UtcTicks}"))
            .Order(StringComparer.Ordinal);
        var key = new StringBuilder(source).Append('\n').Append(payload.GroupKey).Append('\n').Append(payload.Status);
        foreach (var alert in alerts)
        {
            key.Append('\n').Append(alert);
        }

        return key.ToString();
    }

    private static string? RequiredVersion(AiOpsApiOptions options, string source) =>
        options.Ingest.TryGetValue(source, out var settings) && settings.StrictVersion
            ? AlertmanagerPayloadValidator.KnownVersion(source)
            : null;

    private static ParsedPayload Parse(string source, byte[] body, string? requiredVersion)
    {
        AlertmanagerPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(
                JsonBody.WithoutByteOrderMark(body), AlertmanagerJsonContext.Default.AlertmanagerPayload);
        }
        catch (JsonException exception)
        {
            return ParsedPayload.Malformed(source, exception);
        }

        var errors = AlertmanagerPayloadValidator.Validate(payload, requiredVersion);
        return errors.Count == 0 ? ParsedPayload.Valid(payload!) : ParsedPayload.Invalid(source, errors);
    }
}
