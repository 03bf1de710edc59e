namespace AiOps.Notifications.Teams.Internal;

/// <summary>Shows secrets by their last characters only.</summary>
internal static class Secrets
{
    public static string Mask(Uri? secret) =>
        secret?.OriginalString is { Length: > 8 } text ? "****" + text[^4..] : "****";
}
