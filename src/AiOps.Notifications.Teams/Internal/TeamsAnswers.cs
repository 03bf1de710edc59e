using System.Globalization;
using System.Text.RegularExpressions;
using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Teams.Internal;

/// <summary>Turns Teams' answers into delivery results.</summary>
internal static partial class TeamsAnswers
{
    /// <summary>Classifies an answer: a 2xx is accepted unless its body reports an error (legacy connectors).</summary>
    public static DeliveryResult From(HttpResponseMessage response, string body, TimeProvider timeProvider)
    {
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            return HttpDeliveryResults.FromResponse(response, body, timeProvider);
        }

        if (EmbeddedError().Match(body) is { Success: true } match)
        {
            var embedded = int.Parse(match.Groups["status"].ValueSpan, CultureInfo.InvariantCulture);
            var detail = HttpDeliveryResults.Shorten(body)!;
            return embedded is 408 or 429 || embedded >= 500
                ? DeliveryResult.Transient(detail, embedded, HttpDeliveryResults.ReadRetryAfter(response.Headers.RetryAfter, timeProvider))
                : DeliveryResult.Permanent(detail, embedded);
        }

        return DeliveryResult.Accepted(status, HttpDeliveryResults.Shorten(body) ?? "accepted");
    }

    [GeneratedRegex(@"Microsoft Teams endpoint returned HTTP error (?<status>\d{3})", RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedError();
}
