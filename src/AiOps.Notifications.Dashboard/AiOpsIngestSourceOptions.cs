namespace AiOps.Notifications.Dashboard;

/// <summary>How one inbound webhook source proves who it is.</summary>
public sealed class AiOpsIngestSourceOptions
{
    /// <summary>Gets or sets the verification.</summary>
    /// <value>Defaults to <see cref="IngestVerification.None"/>.</value>
    public IngestVerification Verification { get; set; } = IngestVerification.None;

    /// <summary>Gets or sets the shared secret (bearer token or basic password) or the signing secret.</summary>
    /// <remarks>A Standard Webhooks secret may carry the <c>whsec_</c> prefix; the rest is base64.</remarks>
    public string? Secret { get; set; }

    /// <summary>Gets or sets the basic-auth user name; when set, basic credentials replace bearer.</summary>
    public string? Username { get; set; }

    /// <summary>Gets or sets how far a Standard Webhooks timestamp may be from now.</summary>
    /// <value>Defaults to 5 minutes.</value>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets or sets a value indicating whether a payload of another version is refused: Alertmanager must send
    /// <c>"version": "4"</c> and Grafana <c>"version": "1"</c>, or the answer is 400 and nothing is stored.
    /// </summary>
    /// <value>
    /// Defaults to <see langword="false"/>: other versions are read for the fields they share, so a sender's
    /// upgrade does not stop alerts. Not available for the generic source, which has no version.
    /// </value>
    public bool StrictVersion { get; set; }
}
