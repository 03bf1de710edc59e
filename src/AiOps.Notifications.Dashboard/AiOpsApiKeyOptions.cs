namespace AiOps.Notifications.Dashboard;

/// <summary>One named API key, stored as the SHA-256 hash of the key.</summary>
public sealed class AiOpsApiKeyOptions
{
    /// <summary>Gets or sets the SHA-256 hash of the key as 64 hexadecimal digits; see <see cref="AiOpsApiKeys.Hash"/>.</summary>
    public string? Sha256 { get; set; }

    /// <summary>Gets or sets a value indicating whether the key is revoked and refused.</summary>
    public bool Revoked { get; set; }
}
