using System.Globalization;
using System.Text.Json;
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
        var path = string.IsNullOrEmpty(exception.Path) ? "$" : exception.Path;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [path] = [Describe(exception)],
        };
        return new(null, DashboardProblems.Invalid(InvalidTitle, errors), path);
    }

    private static string Describe(JsonException exception)
    {
        // The serializer's message ends with the path and position, which the error key and suffix already give.
        var message = exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var reason = cut > 0 ? message[..cut] : message;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{reason} (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})");
    }
}
