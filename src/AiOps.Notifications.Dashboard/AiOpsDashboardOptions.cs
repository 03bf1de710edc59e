namespace AiOps.Notifications.Dashboard;

/// <summary>Settings of one dashboard mount, given to <c>MapAiOpsDashboard</c>.</summary>
public sealed class AiOpsDashboardOptions
{
    /// <summary>The largest inbound webhook body accepted, in bytes, unless changed.</summary>
    public const long DefaultMaxIngestBodyBytes = 1024 * 1024;

    /// <summary>Gets or sets the title shown in the browser tab and the page header.</summary>
    /// <value>Defaults to <c>AiOps</c>.</value>
    public string Title { get; set; } = "AiOps";

    /// <summary>Gets or sets the name of an authorization policy every dashboard endpoint requires.</summary>
    /// <value>Defaults to none: only local requests are answered, unless <c>RequireAuthorization</c> is used.</value>
    /// <remarks>Has the same effect as calling <c>RequireAuthorization(policy)</c> on the mount.</remarks>
    public string? AuthorizationPolicy { get; set; }

    /// <summary>Gets or sets the largest inbound webhook body accepted, in bytes; larger bodies get 413.</summary>
    /// <value>Defaults to 1 MiB.</value>
    public long MaxIngestBodyBytes { get; set; } = DefaultMaxIngestBodyBytes;

    /// <summary>Gets or sets the largest REST API request body accepted, in bytes; larger bodies get 413.</summary>
    /// <value>Defaults to 64 KiB.</value>
    public long MaxApiBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Gets or sets how many incidents the overview page lists.</summary>
    /// <value>Defaults to 10.</value>
    public int RecentIncidentCount { get; set; } = 10;

    /// <summary>Gets or sets a value indicating whether every operator action is hidden and refused.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    /// <remarks>Read-only mounts show no acknowledge, resolve, feedback, resend, test send or silence forms, and
    /// answer those forms and every state-changing API endpoint with 403. The inbound webhooks and
    /// <c>POST {prefix}/api/incidents</c> stay open: they are machines reporting, not operators acting.</remarks>
    public bool ReadOnly { get; set; }
}
