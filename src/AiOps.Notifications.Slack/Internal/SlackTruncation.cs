namespace AiOps.Notifications.Slack.Internal;

/// <summary>
/// Shortens escaped mrkdwn text with a visible marker, never splitting an entity or a surrogate pair.
/// </summary>
internal static class SlackTruncation
{
    private const string Fence = "```";
    private const string FenceCloser = "\n" + Fence;
    private const int LongestEntity = 5; // "&amp;"

    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (text.Length <= max)
        {
            return text;
        }

        var keep = SafeCut(text, Math.Max(0, max - SlackLimits.TruncationMarker.Length - FenceCloser.Length));
        var kept = text[..keep];
        var closer = CountFences(kept) % 2 == 1 ? FenceCloser : "";
        return kept + closer + SlackLimits.TruncationMarker;
    }

    private static int SafeCut(string text, int cut)
    {
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var from = Math.Max(0, cut - LongestEntity + 1);
        var ampersand = cut == 0 ? -1 : text.LastIndexOf('&', cut - 1, cut - from);
        if (ampersand >= 0 && text.IndexOf(';', ampersand, cut - ampersand) < 0)
        {
            cut = ampersand;
        }

        return cut;
    }

    private static int CountFences(string text)
    {
        var count = 0;
        for (var i = text.IndexOf(Fence, StringComparison.Ordinal); i >= 0;
             i = text.IndexOf(Fence, i + Fence.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
