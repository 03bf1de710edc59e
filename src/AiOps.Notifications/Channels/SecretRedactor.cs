namespace AiOps.Notifications.Channels;

/// <summary>
/// Replaces a channel's secrets (tokens, signing keys, the secret parts of its URL) in text taken from a
/// service's answer, before that text reaches a <see cref="DeliveryResult"/> or a log.
/// </summary>
/// <remarks>
/// Services sometimes echo what they were sent, such as the request URL in a 404 page. Secrets shorter than
/// <see cref="MinimumLength"/> characters are ignored: replacing them would garble the text and hide nothing.
/// A text that ends inside a secret, as a shortened answer may, has that secret's beginning masked too.
/// Thread safe once built.
/// </remarks>
public sealed class SecretRedactor
{
    /// <summary>The text that stands in for a secret.</summary>
    public const string Mask = "***";

    /// <summary>The fewest characters a secret must have to be replaced.</summary>
    public const int MinimumLength = 4;

    // A path segment at least this long that holds a digit is taken for a key: ids and tokens, not words.
    private const int SecretSegmentLength = 8;

    private const string Ellipsis = "…";

    private readonly string[] _secrets;

    /// <summary>Initializes a new instance of the <see cref="SecretRedactor"/> class.</summary>
    /// <param name="secrets">The secrets; <see langword="null"/>, empty and short ones are skipped.</param>
    public SecretRedactor(IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);

        // Longest first, so a secret that contains another is replaced whole.
        _secrets = secrets
            .Where(s => s is { Length: >= MinimumLength })
            .Select(s => s!)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();
    }

    /// <summary>Replaces every secret in a text with <see cref="Mask"/>.</summary>
    /// <param name="text">The text, such as a service's answer.</param>
    /// <returns>The text without the secrets, or <see langword="null"/> when <paramref name="text"/> is.</returns>
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.OrdinalIgnoreCase);
        }

        return MaskCutSecret(text);
    }

    // An answer shortened for the record (or read only up to a cap) may end inside a secret, which then no
    // longer matches whole: its beginning, from MinimumLength characters on, is masked as well.
    private string MaskCutSecret(string text)
    {
        var end = text.EndsWith(Ellipsis, StringComparison.Ordinal) ? text.Length - Ellipsis.Length : text.Length;
        foreach (var secret in _secrets)
        {
            for (var length = Math.Min(secret.Length - 1, end); length >= MinimumLength; length--)
            {
                var tail = text.AsSpan(end - length, length);
                if (tail.Equals(secret.AsSpan(0, length), StringComparison.OrdinalIgnoreCase))
                {
                    return string.Concat(text.AsSpan(0, end - length), Mask, text.AsSpan(end));
                }
            }
        }

        return text;
    }

    /// <summary>Returns the result with its <see cref="DeliveryResult.Detail"/> free of secrets.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The same result when its detail holds no secret; otherwise a copy with the secrets replaced.</returns>
    public DeliveryResult Redact(DeliveryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);

        var detail = Redact(result.Detail);
        if (string.Equals(detail, result.Detail, StringComparison.Ordinal))
        {
            return result;
        }

        return result.Outcome switch
        {
            AttemptOutcome.Delivered => DeliveryResult.Delivered(result.StatusCode, detail),
            AttemptOutcome.Accepted => DeliveryResult.Accepted(result.StatusCode, detail),
            AttemptOutcome.TransientFailure => DeliveryResult.Transient(detail!, result.StatusCode, result.RetryAfter),
            _ => DeliveryResult.Permanent(detail!, result.StatusCode),
        };
    }

    /// <summary>
    /// Lists the parts of a URL that may be secret: its user information, every query value, and every path
    /// segment that looks like a key (at least 8 characters with a digit), each as sent and unescaped.
    /// </summary>
    /// <param name="url">The URL, such as a webhook address; <see langword="null"/> gives none.</param>
    /// <returns>The parts, to pass to the constructor.</returns>
    public static IEnumerable<string> UrlParts(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return [];
        }

        var parts = new List<string> { url.UserInfo };
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            parts.Add(equals < 0 ? pair : pair[(equals + 1)..]);
        }

        parts.AddRange(url.AbsolutePath.Split('/').Where(LooksSecret));
        return parts.Concat(parts.Select(Uri.UnescapeDataString)).ToArray();
    }

    private static bool LooksSecret(string segment) =>
        segment.Length >= SecretSegmentLength && segment.Any(char.IsAsciiDigit);
}
