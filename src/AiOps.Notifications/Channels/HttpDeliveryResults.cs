using System.Net;
using System.Net.Http.Headers;

namespace AiOps.Notifications.Channels;

/// <summary>Classifies HTTP answers into delivery results, shared by the HTTP-based channels.</summary>
public static class HttpDeliveryResults
{
    private const int MaxDetailLength = 500;

    /// <summary>Classifies a status code: 2xx delivered, 408/425/429 and 5xx transient, other 4xx permanent.</summary>
    /// <param name="response">The answer.</param>
    /// <param name="body">The answer's body, already read; it is shortened for the record.</param>
    /// <param name="timeProvider">The clock used to turn a <c>Retry-After</c> date into a delay.</param>
    /// <returns>The result.</returns>
    public static DeliveryResult FromResponse(HttpResponseMessage response, string? body, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(timeProvider);

        var status = (int)response.StatusCode;
        var detail = Shorten(body);
        if (response.IsSuccessStatusCode)
        {
            return DeliveryResult.Delivered(status, detail);
        }

        if (IsTransient(response.StatusCode))
        {
            var retryAfter = ReadRetryAfter(response.Headers.RetryAfter, timeProvider);
            return DeliveryResult.Transient(detail ?? response.ReasonPhrase ?? "HTTP " + status, status, retryAfter);
        }

        return DeliveryResult.Permanent(detail ?? response.ReasonPhrase ?? "HTTP " + status, status);
    }

    /// <summary>Classifies an exception thrown while sending: network errors and timeouts are transient.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The result.</returns>
    public static DeliveryResult FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        return exception switch
        {
            HttpRequestException http => DeliveryResult.Transient(
                "Network error: " + (http.HttpRequestError.ToString()), (int?)http.StatusCode),
            TaskCanceledException or TimeoutException => DeliveryResult.Transient("Timed out."),
            _ => DeliveryResult.Transient(exception.GetType().Name + ": " + Shorten(exception.Message)),
        };
    }

    /// <summary>Reads a <c>Retry-After</c> header given as seconds or as a date.</summary>
    /// <param name="header">The header value, if any.</param>
    /// <param name="timeProvider">The clock for the date form.</param>
    /// <returns>The delay, never negative, or <see langword="null"/> when the header is absent.</returns>
    public static TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? header, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);

        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>Shortens a service answer for the delivery record.</summary>
    /// <param name="text">The text.</param>
    /// <returns>At most 500 characters, or <see langword="null"/> for empty text.</returns>
    public static string? Shorten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        return text.Length <= MaxDetailLength ? text : string.Concat(text.AsSpan(0, MaxDetailLength), "…");
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or (HttpStatusCode)425
        || (int)status >= 500;
}
