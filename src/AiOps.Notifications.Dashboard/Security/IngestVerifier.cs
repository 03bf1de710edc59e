using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>Verifies an inbound webhook as its source is configured: none, a shared secret or a signature.</summary>
internal sealed class IngestVerifier(IOptionsMonitor<AiOpsApiOptions> options, TimeProvider time)
{
    /// <summary>Gets a value indicating whether the source is configured to check credentials now.</summary>
    public bool IsVerified(string source) => IsVerified(options.CurrentValue, source);

    /// <summary>Gets a value indicating whether the settings make the source check credentials.</summary>
    public static bool IsVerified(AiOpsApiOptions options, string source) =>
        options.Ingest.TryGetValue(source, out var settings) && settings.Verification != IngestVerification.None;

    /// <summary>Returns the 401 answer for a request that fails verification, or <see langword="null"/>.</summary>
    public IResult? Verify(string source, HttpRequest request, byte[] body)
    {
        if (!options.CurrentValue.Ingest.TryGetValue(source, out var settings))
        {
            return null;
        }

        var ok = settings.Verification switch
        {
            IngestVerification.SharedSecret => CheckSecret(settings, request.Headers.Authorization.ToString()),
            IngestVerification.StandardWebhooks => CheckSignature(settings, request.Headers, body),
            _ => true,
        };
        return ok ? null : DashboardProblems.Unauthorized(
            $"The '{source}' webhook must carry valid credentials ({settings.Verification}).");
    }

    private static bool CheckSecret(AiOpsIngestSourceOptions settings, string authorization)
    {
        if (string.IsNullOrEmpty(settings.Secret))
        {
            return false;
        }

        var (scheme, expected) = settings.Username is { } user
            ? ("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + settings.Secret)))
            : ("Bearer", settings.Secret);

        // The scheme is case-insensitive (RFC 9110 §11.1), and spaces may separate it from the credentials.
        var separator = authorization.IndexOf(' ', StringComparison.Ordinal);
        return separator > 0
            && authorization.AsSpan(0, separator).Equals(scheme, StringComparison.OrdinalIgnoreCase)
            && FixedTimeEquals(expected, authorization[separator..].Trim());
    }

    private bool CheckSignature(AiOpsIngestSourceOptions settings, IHeaderDictionary headers, byte[] body)
    {
        var id = headers["webhook-id"].ToString();
        var timestamp = headers["webhook-timestamp"].ToString();
        var signatures = headers["webhook-signature"].ToString();
        if (id.Length == 0 || signatures.Length == 0 || SigningKey(settings.Secret) is not { } key
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) > settings.Tolerance.TotalSeconds)
        {
            return false;
        }

        var signed = Encoding.UTF8.GetBytes(id + "." + timestamp + ".").Concat(body).ToArray();
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
        var valid = false;
        foreach (var candidate in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            valid |= FixedTimeEquals(expected, candidate);
        }

        return valid;
    }

    /// <summary>Decodes a Standard Webhooks secret (base64, optionally after <c>whsec_</c>), or none.</summary>
    public static byte[]? SigningKey(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return null;
        }

        var encoded = secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret[6..] : secret;
        try
        {
            return Convert.FromBase64String(encoded);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(actual)));
}
