using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Teams.Internal;

/// <summary>Shows secrets by their last characters only, and keeps them out of recorded answers.</summary>
internal static class Secrets
{
    public static string Mask(Uri? secret) =>
        secret?.OriginalString is { Length: > 8 } text ? "****" + text[^4..] : "****";

    /// <summary>A redactor for the webhook URL: its whole path, its query string and each of its values.</summary>
    public static SecretRedactor Redactor(Uri? url)
    {
        var parts = SecretRedactor.UrlParts(url).ToList();
        if (url is { IsAbsoluteUri: true })
        {
            parts.AddRange([url.PathAndQuery, url.AbsolutePath, url.Query.TrimStart('?')]);
            parts.AddRange([Uri.UnescapeDataString(url.PathAndQuery), Uri.UnescapeDataString(url.AbsolutePath)]);
        }

        return new SecretRedactor(parts);
    }
}
