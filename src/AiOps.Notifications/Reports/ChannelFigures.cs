namespace AiOps.Notifications.Reports;

/// <summary>What happened to the deliveries of one channel in a period.</summary>
public sealed record ChannelFigures
{
    /// <summary>Gets the channel name.</summary>
    public required string Channel { get; init; }

    /// <summary>Gets how many deliveries were created.</summary>
    public int Deliveries { get; init; }

    /// <summary>Gets how many were delivered or accepted.</summary>
    public int Delivered { get; init; }

    /// <summary>Gets how many failed for good.</summary>
    public int Failed { get; init; }

    /// <summary>Gets how many needed more than one attempt.</summary>
    public int Retried { get; init; }

    /// <summary>Gets how many carried an escalation.</summary>
    public int Escalated { get; init; }

    /// <summary>Gets how many were held by a silence.</summary>
    public int Silenced { get; init; }

    /// <summary>Gets how many are still pending.</summary>
    public int Pending { get; init; }
}
