using System.Globalization;

namespace AiOps.Notifications.Dashboard.Internal;

/// <summary>The window a date from a request must fall in: wide for any real period, narrow so no date
/// arithmetic (a previous period, a day added, a bar interval) can run past the calendar's ends.</summary>
internal static class DateBounds
{
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Gets whether a time is on or after <see cref="Earliest"/> and before <see cref="Latest"/>.</summary>
    public static bool Contains(DateTimeOffset time) => time >= Earliest && time < Latest;

    /// <summary>Gets the error text for a field whose date falls outside the window.</summary>
    public static string Rule(string field) => string.Create(
        CultureInfo.InvariantCulture,
        $"'{field}' must be on or after {Earliest:yyyy-MM-dd} and before {Latest:yyyy-MM-dd}.");
}
