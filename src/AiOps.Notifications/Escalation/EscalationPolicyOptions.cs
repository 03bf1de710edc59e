namespace AiOps.Notifications.Escalation;

/// <summary>
/// An escalation policy (<c>AiOps:Escalation:Policies:{name}</c>): steps that notify more people until
/// somebody acknowledges.
/// </summary>
public sealed class EscalationPolicyOptions
{
    /// <summary>
    /// Gets the steps, in order. Each step's delay counts from the previous step (or from detection).
    /// </summary>
    public List<EscalationStepOptions> Steps { get; init; } = [];

    /// <summary>Gets or sets how many more times the whole list of steps runs after the first pass.</summary>
    /// <value>Defaults to 0.</value>
    public int Repeat { get; set; }

    /// <summary>Gets or sets the lowest priority whose incidents start this policy.</summary>
    /// <value>Defaults to <see cref="NotificationPriority.Critical"/>.</value>
    public NotificationPriority MinPriority { get; set; } = NotificationPriority.Critical;
}
