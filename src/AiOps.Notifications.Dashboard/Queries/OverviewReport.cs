using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>The figures of a period: headline figures, incidents over time and by category.</summary>
/// <param name="From">The start of the period, inclusive.</param>
/// <param name="To">The end of the period, exclusive.</param>
/// <param name="Interval">The length of one interval of <paramref name="OverTime"/>.</param>
/// <param name="Figures">Incidents, diagnoses, mean time to resolution and resolution rate, with their change.</param>
/// <param name="OverTime">Incidents per interval, every interval of the period, oldest first.</param>
/// <param name="Categories">Incidents per category, largest first.</param>
internal sealed record OverviewReport(
    DateTimeOffset From,
    DateTimeOffset To,
    TimeSpan Interval,
    IReadOnlyList<MetricFigure> Figures,
    IReadOnlyList<TimeBucketCount> OverTime,
    IReadOnlyList<KeyCount> Categories);
