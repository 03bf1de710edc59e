using System.Text.Json;
using AiOps.Notifications.Dashboard.Api;
using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Either a valid payload or the problem answer that rejects it.</summary>
internal sealed record ParsedPayload(AlertmanagerPayload? Payload, IResult? Problem, string? Reason)
{
    private const string InvalidTitle = "The Alertmanager payload is not valid";

    public static ParsedPayload Valid(AlertmanagerPayload payload) => new(payload, null, null);

    public static ParsedPayload TooLarge(long limit) =>
        new(null, DashboardProblems.TooLarge(limit), "body too large");

    public static ParsedPayload Invalid(Dictionary<string, string[]> errors) =>
        new(null, DashboardProblems.Invalid(InvalidTitle, errors), string.Join(", ", errors.Keys));

    public static ParsedPayload Malformed(JsonException exception)
    {
        var errors = JsonBody.Describe(exception);
        return new(null, DashboardProblems.Invalid(InvalidTitle, errors), string.Join(", ", errors.Keys));
    }
}
