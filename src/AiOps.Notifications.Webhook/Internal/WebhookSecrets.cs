using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Webhook.Internal;

/// <summary>Builds the redactor that keeps a webhook channel's secrets out of recorded answers.</summary>
internal static class WebhookSecrets
{
    private const string SecretPrefix = "whsec_";

    /// <summary>
    /// A redactor for the URL's query values and key-like path segments, the signing secret (whole and its key)
    /// and the values of the configured headers, such as an API key.
    /// </summary>
    public static SecretRedactor Redactor(WebhookChannelOptions options)
    {
        var parts = SecretRedactor.UrlParts(options.Url).ToList<string?>();
        parts.Add(options.Secret);
        if (options.Secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            parts.Add(options.Secret[SecretPrefix.Length..]);
        }

        parts.AddRange(options.Headers.Values);
        return new SecretRedactor(parts);
    }
}
