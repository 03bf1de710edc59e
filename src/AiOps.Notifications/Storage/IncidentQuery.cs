namespace AiOps.Notifications.Storage;

/// <summary>Filters and pages incidents; unset filters match everything. Newest first.</summary>
public sealed record IncidentQuery
{
    /// <summary>Gets the status to match.</summary>
    public IncidentStatus? Status { get; init; }

    /// <summary>Gets the lowest level to match.</summary>
    public IncidentLevel? MinLevel { get; init; }

    /// <summary>Gets the component to match exactly.</summary>
    public string? Component { get; init; }

    /// <summary>Gets words that must each start a word of the title, message or component (any case and accent).</summary>
    public string? Search { get; init; }

    /// <summary>Gets the earliest detection time to match.</summary>
    public DateTimeOffset? DetectedFrom { get; init; }

    /// <summary>Gets how many items to skip.</summary>
    public int Skip { get; init; }

    /// <summary>Gets how many items to return.</summary>
    /// <value>Defaults to 50.</value>
    public int Take { get; init; } = 50;
}
