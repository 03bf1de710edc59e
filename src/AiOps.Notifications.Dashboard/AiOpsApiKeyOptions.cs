namespace AiOps.Notifications.Dashboard;

/// <summary>One named API key, stored as the SHA-256 hash of the key.</summary>
public sealed class AiOpsApiKeyOptions
{
    /// <summary>Gets or sets the key's SHA-256 hash, 64 hex digits; see <see cref="AiOpsApiKeys.Hash"/>.</summary>
    public string? Sha256 { get; set; }

    /// <summary>Gets or sets a value indicating whether the key is revoked and refused.</summary>
    public bool Revoked { get; set; }
}
