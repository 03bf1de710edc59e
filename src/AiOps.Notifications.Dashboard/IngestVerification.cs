namespace AiOps.Notifications.Dashboard;

/// <summary>How an inbound webhook is verified.</summary>
public enum IngestVerification
{
    /// <summary>No verification beyond the mount's policy or the local-only default.</summary>
    None,

    /// <summary>A shared secret: <c>Authorization: Bearer</c> with it, or basic when a user name is set.</summary>
    SharedSecret,

    /// <summary>A Standard Webhooks signature in the <c>webhook-*</c> headers (HMAC-SHA256).</summary>
    StandardWebhooks,
}
