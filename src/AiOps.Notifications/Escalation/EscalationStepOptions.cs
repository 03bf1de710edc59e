namespace AiOps.Notifications.Escalation;

/// <summary>One step of an escalation policy.</summary>
public sealed class EscalationStepOptions
{
    /// <summary>Gets or sets how long to wait for an acknowledgement before this step notifies.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Gets the channels this step notifies.</summary>
    public List<string> Channels { get; init; } = [];

    /// <summary>Gets recipients per channel name for this step.</summary>
    public Dictionary<string, string> Recipients { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
