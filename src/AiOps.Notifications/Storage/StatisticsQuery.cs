namespace AiOps.Notifications.Storage;

/// <summary>The incidents an aggregate covers: those detected in a period, optionally narrowed.</summary>
public sealed record StatisticsQuery
{
    /// <summary>Gets the start of the period, inclusive.</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>Gets the end of the period, exclusive.</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>Gets the lowest level counted, or <see langword="null"/> for all levels.</summary>
    public IncidentLevel? MinLevel { get; init; }

    /// <summary>Gets the component counted, or <see langword="null"/> for all components.</summary>
    public string? Component { get; init; }

    /// <summary>Gets the diagnosis agent counted, or <see langword="null"/> for all incidents.</summary>
    public string? Agent { get; init; }
}
