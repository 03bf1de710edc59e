namespace AiOps.Notifications.Reports;

/// <summary>The operations report for a period: incidents, recurring failures, channels and diagnosis agents.</summary>
public sealed record OperationsReport
{
    /// <summary>Gets the period covered.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>Gets when the report was built.</summary>
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Gets the incident figures.</summary>
    public IncidentFigures Incidents { get; init; } = new();

    /// <summary>Gets the most recurring fingerprints, most occurrences first.</summary>
    public IReadOnlyList<FingerprintFigures> TopFingerprints { get; init; } = [];

    /// <summary>Gets the delivery figures per channel, by channel name.</summary>
    public IReadOnlyList<ChannelFigures> Channels { get; init; } = [];

    /// <summary>Gets the diagnosis agent figures, by agent name.</summary>
    public IReadOnlyList<AgentFigures> Agents { get; init; } = [];
}
