using System.Text.Json;
using AiOps.Notifications.Dashboard.Api;
using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Either a valid payload or the problem answer that rejects it, titled after the sender.</summary>
internal sealed record ParsedPayload(AlertmanagerPayload? Payload, IResult? Problem, string? Reason)
{
    public static ParsedPayload Valid(AlertmanagerPayload payload) => new(payload, null, null);

    public static ParsedPayload TooLarge(long limit) =>
        new(null, DashboardProblems.TooLarge(limit), "body too large");

    public static ParsedPayload Invalid(string source, Dictionary<string, string[]> errors) =>
        new(null, DashboardProblems.Invalid(InvalidTitle(source), errors), string.Join(", ", errors.Keys));

    public static ParsedPayload Malformed(string source, JsonException exception) =>
        Invalid(source, JsonErrors.Describe(exception, AlertmanagerJsonContext.Default.AlertmanagerPayload));

    private static string InvalidTitle(string source) => source == AlertmanagerIngestEndpoint.Grafana
        ? "The Grafana payload is not valid"
        : "The Alertmanager payload is not valid";
}
