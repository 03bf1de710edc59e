namespace AiOps.Notifications.Dashboard;

/// <summary>A fixed-window rate limit per client: its API key name, else its remote address.</summary>
public sealed class AiOpsRateLimitOptions
{
    /// <summary>Gets or sets a value indicating whether the API is rate limited.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets how many requests one client may make per window.</summary>
    /// <value>Defaults to 600.</value>
    public int PermitLimit { get; set; } = 600;

    /// <summary>Gets or sets the window.</summary>
    /// <value>Defaults to one minute.</value>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
