using System.Text.Json;
using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Slack.Internal;

/// <summary>Turns Slack's answers into delivery results.</summary>
internal static class SlackAnswers
{
    private static readonly HashSet<string> TransientErrors = new(StringComparer.Ordinal)
    {
        "ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable", "request_timeout",
    };

    /// <summary>
    /// Classifies an incoming webhook's answer: 2xx delivered, 429 and 5xx transient, other 4xx permanent.
    /// </summary>
    public static DeliveryResult FromWebhook(HttpResponseMessage response, string body, TimeProvider timeProvider)
    {
        var result = HttpDeliveryResults.FromResponse(response, ErrorString(body) ?? body, timeProvider);
        return result;
    }

    /// <summary>Classifies a Web API answer, whose errors come back as HTTP 200 with <c>{"ok":false}</c>.</summary>
    public static DeliveryResult FromWebApi(HttpResponseMessage response, string body, TimeProvider timeProvider)
    {
        if (!response.IsSuccessStatusCode)
        {
            return FromWebhook(response, body, timeProvider);
        }

        var status = (int)response.StatusCode;
        if (!TryReadOk(body, out var ok, out var error))
        {
            return DeliveryResult.Permanent(
                "Slack answered with a body that is not a Web API answer: " + HttpDeliveryResults.Shorten(body), status);
        }

        if (ok)
        {
            return DeliveryResult.Delivered(status, "ok");
        }

        error ??= "unknown_error";
        return TransientErrors.Contains(error)
            ? DeliveryResult.Transient(error, status, HttpDeliveryResults.ReadRetryAfter(response.Headers.RetryAfter, timeProvider))
            : DeliveryResult.Permanent(error, status);
    }

    private static string? ErrorString(string body)
    {
        return TryReadOk(body, out _, out var error) ? error : null;
    }

    private static bool TryReadOk(string body, out bool ok, out string? error)
    {
        ok = false;
        error = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var okValue))
            {
                return false;
            }

            ok = okValue.ValueKind == JsonValueKind.True;
            error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
