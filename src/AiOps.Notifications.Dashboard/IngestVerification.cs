namespace AiOps.Notifications.Dashboard;

/// <summary>How an inbound webhook is verified.</summary>
public enum IngestVerification
{
    /// <summary>No verification beyond the mount's policy or the local-only default.</summary>
    None,

    /// <summary>A shared secret: <c>Authorization: Bearer &lt;secret&gt;</c>, or basic when a user name is set.</summary>
    SharedSecret,

    /// <summary>A Standard Webhooks signature: <c>webhook-id</c>, <c>webhook-timestamp</c>, <c>webhook-signature</c>.</summary>
    StandardWebhooks,
}
