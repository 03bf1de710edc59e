namespace AiOps.Notifications.Slack.Internal;

/// <summary>Shows secrets by their last characters only.</summary>
internal static class Secrets
{
    public static string Mask(string? secret) =>
        string.IsNullOrEmpty(secret) || secret.Length <= 8 ? "****" : "****" + secret[^4..];

    public static string Mask(Uri? secret) => Mask(secret?.OriginalString);
}
