using System.Security.Cryptography;
using System.Text;

namespace AiOps.Notifications.Dashboard;

/// <summary>Helpers for API keys: generating one and hashing it for configuration.</summary>
public static class AiOpsApiKeys
{
    /// <summary>Creates a new random key: 32 bytes, URL-safe base64, prefixed <c>aiops_</c>.</summary>
    /// <returns>The key, to hand to the client once; store only its <see cref="Hash"/>.</returns>
    public static string Generate() =>
        "aiops_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Hashes a key for <see cref="AiOpsApiKeyOptions.Sha256"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The SHA-256 of the key's UTF-8 bytes, 64 lowercase hexadecimal digits.</returns>
    public static string Hash(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
