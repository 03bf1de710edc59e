namespace AiOps.Notifications.Dashboard;

/// <summary>Settings of the REST API and the inbound webhooks, bound from <c>AiOps:Dashboard:Api</c>.</summary>
public sealed class AiOpsApiOptions
{
    /// <summary>The configuration section, below the <c>AiOps</c> section.</summary>
    public const string SectionName = "Dashboard:Api";

    /// <summary>Gets the API keys for machine clients, by key name.</summary>
    /// <remarks>Only the SHA-256 hash of each key is kept; remove a key or set <c>Revoked</c> to revoke it.</remarks>
    public Dictionary<string, AiOpsApiKeyOptions> ApiKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the rate limit applied per client to the API (not to the inbound webhooks).</summary>
    public AiOpsRateLimitOptions RateLimit { get; } = new();

    /// <summary>Gets how each inbound source (alertmanager, grafana, generic) is verified.</summary>
    public Dictionary<string, AiOpsIngestSourceOptions> Ingest { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets how long an inbound delivery key is remembered to drop duplicates.</summary>
    /// <value>Defaults to 15 minutes; keep it above Alertmanager's <c>group_interval</c>.</value>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets or sets how many inbound delivery keys are remembered at most; the oldest go first.</summary>
    /// <value>Defaults to 10,000.</value>
    public int DeduplicationCapacity { get; set; } = 10_000;
}
