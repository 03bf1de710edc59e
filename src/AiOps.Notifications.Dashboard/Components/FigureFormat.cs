using System.Globalization;
using AiOps.Notifications.Dashboard.Queries;

namespace AiOps.Notifications.Dashboard.Components;

/// <summary>Formats figures for people: counts, durations and ratios.</summary>
internal static class FigureFormat
{
    public static string Format(double? value, string unit) => value switch
    {
        null => "—",
        { } v when unit == "seconds" => Duration(v),
        { } v when unit == "ratio" => v.ToString("P0", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.##", CultureInfo.InvariantCulture),
    };

    public static string Duration(double seconds) => seconds switch
    {
        < 60 => seconds.ToString("0", CultureInfo.InvariantCulture) + " s",
        < 3600 => (seconds / 60).ToString("0.#", CultureInfo.InvariantCulture) + " min",
        < 172800 => (seconds / 3600).ToString("0.#", CultureInfo.InvariantCulture) + " h",
        _ => (seconds / 86400).ToString("0.#", CultureInfo.InvariantCulture) + " d",
    };

    /// <summary>Says how many items match, agreeing in number: "1 incident matches", "3 incidents match".</summary>
    public static string Matches(int count, string one, string many) => count == 1
        ? $"1 {one} matches"
        : string.Create(CultureInfo.InvariantCulture, $"{count} {many} match");

    public static string Change(MetricFigure figure) => figure.Change is { } change
        ? (change >= 0 ? "+" : "−") + Math.Abs(change).ToString("P0", CultureInfo.InvariantCulture)
            + " against the previous period (" + Format(figure.Previous, figure.Unit) + ")"
        : "previous period: " + Format(figure.Previous, figure.Unit);
}
