namespace AiOps.Notifications.Reminders;

/// <summary>Settings of the reminders for incidents that stay open (<c>AiOps:Reminders</c>).</summary>
/// <remarks>
/// A route's <see cref="Routing.NotificationRouteOptions.RepeatInterval"/> decides how often an open incident is
/// notified again; this section decides how often the engine looks for incidents that are due.
/// </remarks>
public sealed class ReminderOptions
{
    /// <summary>Gets or sets how often open incidents are checked for a due reminder.</summary>
    /// <value>Defaults to 30 seconds. A reminder goes out at most this long after it fell due.</value>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
