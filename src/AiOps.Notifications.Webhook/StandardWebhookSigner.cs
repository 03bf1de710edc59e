using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AiOps.Notifications.Webhook;

/// <summary>Signs and verifies webhook calls with the Standard Webhooks scheme (<c>v1</c>, HMAC-SHA256).</summary>
/// <remarks>
/// The signed content is <c>{webhook-id}.{webhook-timestamp}.{body}</c>; the signature header is
/// <c>v1,&lt;base64&gt;</c>, and receivers accept a space-separated list of them. Thread safe.
/// </remarks>
public sealed class StandardWebhookSigner
{
    /// <summary>The prefix of a secret in its text form.</summary>
    public const string SecretPrefix = "whsec_";

    private const string VersionPrefix = "v1,";
    private readonly byte[] _key;

    /// <summary>Initializes a new instance of the <see cref="StandardWebhookSigner"/> class.</summary>
    /// <param name="secret">The secret, <c>whsec_</c> followed by the base64 key (the prefix may be omitted).</param>
    /// <exception cref="ArgumentException">The secret is not base64 or its key is shorter than 24 bytes.</exception>
    public StandardWebhookSigner(string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);

        _key = TryDecodeSecret(secret) ?? throw new ArgumentException(
            "The webhook secret must be 'whsec_' followed by a base64 key of 24 to 64 bytes.", nameof(secret));
    }

    /// <summary>Gets or sets how far a timestamp may lie from now, in either direction, when verifying.</summary>
    /// <value>Defaults to 5 minutes, as in the reference libraries.</value>
    public TimeSpan Tolerance { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Checks that a secret has the <c>whsec_&lt;base64&gt;</c> form with a key of 24 to 64 bytes.</summary>
    /// <param name="secret">The secret.</param>
    /// <returns><see langword="true"/> when the secret can be used.</returns>
    public static bool IsValidSecret(string? secret) =>
        secret is not null
        && secret.StartsWith(SecretPrefix, StringComparison.Ordinal)
        && TryDecodeSecret(secret) is not null;

    /// <summary>Computes the <c>webhook-signature</c> value for one call.</summary>
    /// <param name="messageId">The <c>webhook-id</c>; it must not contain a period.</param>
    /// <param name="timestamp">The time of the call; it is sent as Unix seconds in <c>webhook-timestamp</c>.</param>
    /// <param name="body">The exact body sent.</param>
    /// <returns>The signature, <c>v1,&lt;base64&gt;</c>.</returns>
    public string Sign(string messageId, DateTimeOffset timestamp, string body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentNullException.ThrowIfNull(body);
        if (messageId.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException("A webhook id must not contain '.'.", nameof(messageId));
        }

        var unix = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return VersionPrefix + Convert.ToBase64String(Compute(messageId, unix, body));
    }

    /// <summary>Verifies a call: the timestamp is within <see cref="Tolerance"/> and a signature matches.</summary>
    /// <param name="messageId">The <c>webhook-id</c> header.</param>
    /// <param name="timestamp">The <c>webhook-timestamp</c> header.</param>
    /// <param name="signatures">The <c>webhook-signature</c> header: space-separated entries.</param>
    /// <param name="body">The exact body received.</param>
    /// <param name="now">The current time, from the receiver's <see cref="TimeProvider"/>.</param>
    /// <returns><see langword="true"/> when the call is authentic and fresh.</returns>
    public bool Verify(string? messageId, string? timestamp, string? signatures, string body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(body);

        if (string.IsNullOrEmpty(messageId) || string.IsNullOrEmpty(signatures)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            || !IsFresh(unix, now))
        {
            return false;
        }

        var expected = Compute(messageId, timestamp!, body);
        foreach (var entry in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Matches(entry, expected))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsFresh(long unix, DateTimeOffset now)
    {
        var tolerance = (long)Tolerance.TotalSeconds;
        var current = now.ToUnixTimeSeconds();
        return unix >= current - tolerance && unix <= current + tolerance;
    }

    private static bool Matches(string entry, byte[] expected)
    {
        if (!entry.StartsWith(VersionPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var actual = new byte[expected.Length + 3];
        return Convert.TryFromBase64String(entry[VersionPrefix.Length..], actual, out var written)
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(actual.AsSpan(0, written), expected);
    }

    private byte[] Compute(string messageId, string unixSeconds, string body) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{messageId}.{unixSeconds}.{body}"));

    private static byte[]? TryDecodeSecret(string secret)
    {
        var encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal)
            ? secret[SecretPrefix.Length..]
            : secret;
        var buffer = new byte[encoded.Length];
        return Convert.TryFromBase64String(encoded, buffer, out var length) && length is >= 24 and <= 64
            ? buffer[..length]
            : null;
    }
}
