using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>Checks the API key a request carries against the configured hashes, in constant time.</summary>
internal sealed class ApiKeyValidator(IOptionsMonitor<AiOpsApiOptions> options)
{
    public const string HeaderName = "X-Api-Key";

    private const string Scheme = "ApiKey ";

    /// <summary>Reads the key from <c>X-Api-Key</c> or <c>Authorization: ApiKey …</c>.</summary>
    public static string? ReadKey(HttpRequest request)
    {
        var header = request.Headers[HeaderName].ToString();
        if (header.Length > 0)
        {
            return header.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            ? authorization[Scheme.Length..].Trim()
            : null;
    }

    /// <summary>Returns the name of the key the request carries, or <see langword="null"/> when none matches.</summary>
    public string? Validate(string? presented)
    {
        if (string.IsNullOrEmpty(presented) || presented.Length > 512)
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        string? match = null;

        // Every configured key is compared, whatever matched before, so timing tells nothing.
        foreach (var (name, key) in options.CurrentValue.ApiKeys)
        {
            var expected = Decode(key.Sha256);
            if (CryptographicOperations.FixedTimeEquals(hash, expected) && !key.Revoked)
            {
                match = name;
            }
        }

        return match;
    }

    /// <summary>Decodes a configured hash: 32 bytes, or none when it is not 64 hexadecimal digits.</summary>
    public static byte[] Decode(string? hex)
    {
        try
        {
            return hex is { Length: 64 } ? Convert.FromHexString(hex) : [];
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
