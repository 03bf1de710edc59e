namespace AiOps.Notifications.Routing;

/// <summary>One route of the routing tree (<c>AiOps:Routing</c> is the root, the default route).</summary>
/// <remarks>
/// A notification enters at the root and walks down: it enters the first child whose matchers all
/// hold, and stops there unless that child sets <see cref="Continue"/>. When no child takes it, the
/// route itself does. Unset values inherit from the parent; the root sends to every channel.
/// </remarks>
public sealed class NotificationRouteOptions
{
    /// <summary>Gets or sets a name shown when routing is explained.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Gets the matchers, such as <c>team="payments"</c> or <c>priority=~"High|Critical"</c>; all must
    /// hold.
    /// </summary>
    /// <remarks>The root route takes every notification, so it cannot have matchers.</remarks>
    public List<string> Matchers { get; init; } = [];

    /// <summary>Gets the channels this route sends to; empty inherits the parent's.</summary>
    public List<string> Channels { get; init; } = [];

    /// <summary>
    /// Gets recipients per channel name, such as <c>email: oncall@example.com</c>; inherited per
    /// channel.
    /// </summary>
    /// <remarks>Each names a channel the route sends to, its own or inherited.</remarks>
    public Dictionary<string, string> Recipients { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets a value indicating whether matching goes on to the next sibling after this route
    /// matched.
    /// </summary>
    public bool Continue { get; set; }

    /// <summary>Gets or sets a value indicating whether resolved notifications go out on this route.</summary>
    /// <value>Inherited; the root default is <see langword="true"/>.</value>
    public bool? SendResolved { get; set; }

    /// <summary>
    /// Gets or sets how long an open incident waits before it is notified again; inherited; none by
    /// default.
    /// </summary>
    public TimeSpan? RepeatInterval { get; set; }

    /// <summary>Gets or sets the escalation policy for incidents on this route; inherited; none by default.</summary>
    public string? EscalationPolicy { get; set; }

    /// <summary>Gets the labels whose equal values group detected incidents into one message; empty inherits.</summary>
    public List<string> GroupBy { get; init; } = [];

    /// <summary>Gets or sets how long a group collects members before its one message goes out; inherited.</summary>
    /// <value>Defaults to 30 seconds once <see cref="GroupBy"/> is set.</value>
    public TimeSpan? GroupWait { get; set; }

    /// <summary>Gets or sets how many members a grouped message lists before "and N more"; inherited.</summary>
    /// <value>Defaults to 10.</value>
    public int? GroupLimit { get; set; }

    /// <summary>Gets the child routes, tried in order.</summary>
    public List<NotificationRouteOptions> Routes { get; init; } = [];
}
