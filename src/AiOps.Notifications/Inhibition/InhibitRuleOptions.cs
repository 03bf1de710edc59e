namespace AiOps.Notifications.Inhibition;

/// <summary>
/// An inhibition rule (<c>AiOps:InhibitRules</c>): while a source incident is open, matching targets
/// are muted.
/// </summary>
/// <remarks>
/// Example: while <c>alertname="HostDown"</c> fires for a host, notifications matching
/// <c>severity=~"warning|error"</c> with the same <c>instance</c> label are recorded as silenced.
/// </remarks>
public sealed class InhibitRuleOptions
{
    /// <summary>Gets the matchers an open incident must satisfy to inhibit.</summary>
    public List<string> SourceMatchers { get; init; } = [];

    /// <summary>Gets the matchers a notification must satisfy to be inhibited.</summary>
    public List<string> TargetMatchers { get; init; } = [];

    /// <summary>Gets the labels whose values must be equal on source and target (all of them).</summary>
    public List<string> Equal { get; init; } = [];
}
