using System.Security.Cryptography;
using System.Text.Json;
using AiOps.Notifications.Dashboard.Api;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.OpenApi;
using AiOps.Notifications.Dashboard.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Maps <c>POST {prefix}/api/ingest/generic</c>: one event in the documented generic JSON format.</summary>
internal static class GenericIngestEndpoint
{
    public const string Source = "generic";

    public static void MapGenericIngest(this RouteGroupBuilder api, DashboardMount mount)
    {
        var limit = mount.Options.MaxIngestBodyBytes;
        var endpoint = api.MapPost("/ingest/generic", (HttpContext context, IIncidentManager incidents, IngestGate gate,
                ILogger<GenericEvent> logger) => HandleAsync(context, incidents, gate, logger, limit))
            .WithMetadata(new RequestSizeLimit(limit))
            .WithSummary("Receive one event in the generic JSON format (see docs/api.md)")
            .AcceptsJson<GenericEvent>().WithJsonExample(ApiExamples.Generic)
            .Produces<IngestSummary>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        VerifiedIngest.Admit(endpoint, api, Source);
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context, IIncidentManager incidents, IngestGate gate, ILogger logger, long limit)
    {
        if (JsonBody.RefuseUnreadable(context.Request, requireType: false) is { } unreadable)
        {
            return unreadable;
        }

        var body = await JsonBody.ReadBytesAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return DashboardProblems.TooLarge(limit);
        }

        if (gate.Verify(Source, context.Request, body) is { } refused)
        {
            return refused;
        }

        var (item, problem) = Parse(body);
        if (problem is not null)
        {
            return problem;
        }

        // The idempotency key when there is one; otherwise the same body delivered twice is one delivery.
        var key = item!.Id is { } id
            ? "generic\n" + item.Source + "\n" + id
            : "generic-body\n" + Convert.ToHexString(SHA256.HashData(body));

        return await gate.ApplyOnceAsync(
            key, 1, ct => ApplyAsync(item, incidents, ct), logger, context.RequestAborted).ConfigureAwait(false);
    }

    private static (GenericEvent? Event, IResult? Problem) Parse(byte[] body)
    {
        GenericEvent? item;
        try
        {
            item = JsonSerializer.Deserialize(
                JsonBody.WithoutByteOrderMark(body), GenericJsonContext.Default.GenericEvent);
        }
        catch (JsonException exception)
        {
            var errors = JsonErrors.Describe(exception, GenericJsonContext.Default.GenericEvent);
            return (null, DashboardProblems.Invalid("The event is not valid", errors));
        }

        var validation = GenericEventValidator.Validate(item);
        return validation.IsValid
            ? (item, null)
            : (null, DashboardProblems.Invalid("The event is not valid", validation.Errors));
    }

    private static async Task<IngestSummary> ApplyAsync(
        GenericEvent item, IIncidentManager incidents, CancellationToken cancellationToken)
    {
        var source = item.Source!;
        var fingerprint = item.Fingerprint is null ? null : $"{Source}:{source}:{item.Fingerprint}";
        if (AlertStatus.IsResolved(item.Status))
        {
            var resolved = await incidents.ResolveByFingerprintAsync(fingerprint!, source, cancellationToken)
                .ConfigureAwait(false);
            return resolved is null
                ? new IngestSummary(1, 0, 0, 0, 1, [])
                : new IngestSummary(1, 0, 0, 1, 0, [resolved.Id]);
        }

        var incident = await incidents.ReportAsync(
            new IncidentReport
            {
                Title = item.Title!,
                Message = item.Message,
                Component = item.Component,
                Category = item.Category,
                Source = source,
                Level = GenericEventValidator.ParseLevel(item.Level) ?? IncidentLevel.Error,
                Fingerprint = fingerprint,
                Labels = item.Labels,
                Annotations = item.Annotations,
                StartedAt = item.StartedAt,
            },
            cancellationToken).ConfigureAwait(false);
        var opened = incident.OccurrenceCount <= 1 ? 1 : 0;
        return new IngestSummary(1, opened, 1 - opened, 0, 0, [incident.Id]);
    }
}
