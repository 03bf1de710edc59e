using System.Globalization;

namespace AiOps.Notifications.Dashboard.Internal;

/// <summary>The one form of time a request may carry: ISO 8601 with a date, a time and an offset.</summary>
/// <remarks>
/// Without an offset a time would be read in the server's time zone, so one request would name different instants
/// on different servers; such a time (<c>2026-12-04T10:00:00</c>, or a date alone) is refused instead.
/// </remarks>
internal static class IsoTime
{
    /// <summary>What a time field expects, as error messages say it.</summary>
    public const string Expectation =
        "an ISO 8601 time with an offset (Z or ±hh:mm), such as 2026-12-03T08:15:00Z";

    /// <summary>Gets whether the text has a time part (after <c>T</c>) that carries an offset.</summary>
    public static bool HasOffset(ReadOnlySpan<char> text)
    {
        var time = text.IndexOf('T');
        return time > 0 && text[time..].IndexOfAny("Zz+-") > 0;
    }

    /// <summary>Reads a time from a query parameter; <see langword="null"/> with the error text when refused.</summary>
    /// <remarks>A time without an offset, or outside <see cref="DateBounds"/>, is refused.</remarks>
    public static DateTimeOffset? FromQuery(string text, string name, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A '+' in a query string decodes as a space, hence the hint.
        if (!HasOffset(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            error = $"'{name}' must be {Expectation}; in a URL, write + as %2B.";
            return null;
        }

        error = DateBounds.Contains(time) ? null : DateBounds.Rule(name);
        return error is null ? time : null;
    }
}
