using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Slack.Internal;

/// <summary>Shows secrets by their last characters only, and keeps them out of recorded answers.</summary>
internal static class Secrets
{
    private const string ServicesPath = "/services/";

    // Slack's webhook secrets are 24 random characters, which may happen to hold no digit.
    private const int HookSecretLength = 16;

    public static string Mask(string? secret) =>
        string.IsNullOrEmpty(secret) || secret.Length <= 8 ? "****" : "****" + secret[^4..];

    public static string Mask(Uri? secret) => Mask(secret?.OriginalString);

    /// <summary>A redactor for the bot token, the webhook URL's path after /services/ and its keys.</summary>
    public static SecretRedactor Redactor(SlackChannelOptions options)
    {
        var parts = SecretRedactor.UrlParts(options.WebhookUrl).ToList<string?>();
        parts.Add(options.BotToken);
        if (options.WebhookUrl is { IsAbsoluteUri: true } url)
        {
            var path = url.AbsolutePath;
            var start = path.IndexOf(ServicesPath, StringComparison.OrdinalIgnoreCase);
            var hook = start < 0 ? path : path[(start + ServicesPath.Length)..];
            parts.Add(hook);
            parts.Add(Uri.UnescapeDataString(hook));
            parts.AddRange(hook.Split('/').Select(Uri.UnescapeDataString).Where(s => s.Length >= HookSecretLength));
        }

        return new SecretRedactor(parts);
    }
}
