namespace AiOps.Notifications.Reports;

/// <summary>Counts and times of the incidents detected in a period.</summary>
public sealed record IncidentFigures
{
    /// <summary>Gets how many incidents were detected.</summary>
    public int Total { get; init; }

    /// <summary>Gets the incidents by status, most first.</summary>
    public IReadOnlyList<KeyCount> ByStatus { get; init; } = [];

    /// <summary>Gets the incidents by category, most first.</summary>
    public IReadOnlyList<KeyCount> ByCategory { get; init; } = [];

    /// <summary>Gets the incidents by component, most first.</summary>
    public IReadOnlyList<KeyCount> ByComponent { get; init; } = [];

    /// <summary>Gets the incidents by level, most first.</summary>
    public IReadOnlyList<KeyCount> ByLevel { get; init; } = [];

    /// <summary>Gets how many of them were acknowledged.</summary>
    public int Acknowledged { get; init; }

    /// <summary>Gets how many of them are resolved.</summary>
    public int Resolved { get; init; }

    /// <summary>Gets the mean time from detection to acknowledgement, when any was acknowledged.</summary>
    public TimeSpan? MeanTimeToAcknowledge { get; init; }

    /// <summary>Gets the mean time from detection to resolution, when any was resolved.</summary>
    public TimeSpan? MeanTimeToResolve { get; init; }

    /// <summary>Gets the share of incidents resolved, between 0 and 1, when there were any.</summary>
    public double? ResolutionRate => Total == 0 ? null : (double)Resolved / Total;
}
