using System.Globalization;
using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>The period of the reports page: a preset (24h, 7d, 30d) or whole UTC days from and to.</summary>
internal sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To, string? Preset)
{
    public const string DefaultPreset = "7d";

    public static IReadOnlyList<string> Presets { get; } = ["24h", "7d", "30d"];

    public static TimeSpan MaxLength { get; } = TimeSpan.FromDays(366);

    /// <summary>Reads the period leniently: dates win over a preset; anything unreadable falls back to 7 days.</summary>
    public static ReportPeriod Parse(IQueryCollection query, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(query);

        if (Day(query["from"]) is { } from && Day(query["to"]) is { } to && to >= from
            && to.AddDays(1) - from <= MaxLength)
        {
            return new ReportPeriod(from, to.AddDays(1), null);
        }

        var preset = Presets.Contains(query["preset"].ToString()) ? query["preset"].ToString() : DefaultPreset;
        return new ReportPeriod(now - IncidentFilter.RangeLength(preset)!.Value, now.AddTicks(1), preset);
    }

    /// <summary>Gets the first day of the period, for the date input.</summary>
    public string FromDay => From.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Gets the last day the period touches, for the date input.</summary>
    public string ToDay => To.AddTicks(-1).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Builds the export link of a format over exactly this period.</summary>
    public string ExportQuery(string format) => string.Create(
        CultureInfo.InvariantCulture,
        $"?format={format}&from={Uri.EscapeDataString(From.ToString("O", CultureInfo.InvariantCulture))}"
        + $"&to={Uri.EscapeDataString(To.ToString("O", CultureInfo.InvariantCulture))}");

    /// <remarks>A day outside <see cref="DateBounds"/> is unreadable too: the day after it might not exist.</remarks>
    private static DateTimeOffset? Day(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && DateBounds.Contains(new DateTimeOffset(day, TimeSpan.Zero))
            ? new DateTimeOffset(day, TimeSpan.Zero)
            : null;
}
