using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>The filters of the monitoring page, read from the query string so a view can be shared.</summary>
internal sealed record MonitoringFilter(string Range, IncidentLevel? Level, string? Component, string? Agent)
{
    public const string DefaultRange = "24h";

    public static IReadOnlyList<string> Ranges { get; } = ["1h", "6h", "24h", "7d"];

    /// <summary>Reads the filters leniently: a value the page does not know is ignored.</summary>
    public static MonitoringFilter Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);

        var range = query["range"].ToString();
        return new MonitoringFilter(
            Ranges.Contains(range) ? range : DefaultRange,
            Enum.TryParse<IncidentLevel>(query["level"], true, out var l) && Enum.IsDefined(l) ? l : null,
            Text(query["component"]),
            Text(query["agent"]));
    }

    public StatisticsQuery ToQuery(DateTimeOffset now) => new()
    {
        From = now - IncidentFilter.RangeLength(Range)!.Value,
        To = now.AddTicks(1),
        MinLevel = Level,
        Component = Component,
        Agent = Agent,
    };

    private static string? Text(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > 200 ? null : trimmed;
    }
}
