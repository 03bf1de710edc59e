namespace AiOps.Notifications;

/// <summary>Settings of the engine, bound from the <c>AiOps</c> configuration section.</summary>
public sealed class AiOpsNotificationsOptions
{
    /// <summary>
    /// Gets or sets the public URL of the dashboard, such as <c>https://ops.example.com/aiops</c>, used
    /// for links in messages.
    /// </summary>
    /// <value>Defaults to none: messages carry no links.</value>
    public Uri? DashboardUrl { get; set; }

    /// <summary>Gets the delivery queue settings.</summary>
    public QueueOptions Queue { get; init; } = new();

    /// <summary>Gets the delivery and retry settings.</summary>
    public DeliveryOptions Delivery { get; init; } = new();

    /// <summary>
    /// Gets the root of the routing tree, the default route: with no child routes, every notification
    /// goes to every channel.
    /// </summary>
    public Routing.NotificationRouteOptions Routing { get; init; } = new();

    /// <summary>Gets the settings of reminders for incidents that stay open and unacknowledged.</summary>
    public Reminders.ReminderOptions Reminders { get; init; } = new();

    /// <summary>Gets the escalation policies by name; routes choose one with <c>EscalationPolicy</c>.</summary>
    public Dictionary<string, Escalation.EscalationPolicyOptions> EscalationPolicies { get; init; } =
        new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets the inhibition rules: while a source incident is open, matching notifications are recorded,
    /// not sent.
    /// </summary>
    public List<Inhibition.InhibitRuleOptions> InhibitRules { get; init; } = [];

    /// <summary>
    /// Gets template sources that replace built-in ones, keyed <c>kind/type/part</c>, such as
    /// <c>email/incident.detected/subject</c>.
    /// </summary>
    public Dictionary<string, string> Templates { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets a folder of template files named <c>kind.type.part.liquid</c> that replace built-in
    /// ones.
    /// </summary>
    public string? TemplateDirectory { get; set; }
}
