namespace AiOps.Notifications.Slack.Internal;

/// <summary>
/// Shortens escaped text with a visible marker, never splitting an entity or a surrogate pair; mrkdwn text also
/// gets an open code block closed.
/// </summary>
internal static class SlackTruncation
{
    private const string Fence = "```";
    private const string FenceCloser = "\n" + Fence;
    private const int LongestEntity = 5; // "&amp;"

    /// <param name="text">The escaped text.</param>
    /// <param name="max">The most characters of the result.</param>
    /// <param name="mrkdwn">False for <c>plain_text</c>, where a code fence is plain characters.</param>
    public static string Shorten(string text, int max, bool mrkdwn = true)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (text.Length <= max)
        {
            return text;
        }

        var reserve = SlackLimits.TruncationMarker.Length + (mrkdwn ? FenceCloser.Length : 0);
        var kept = text[..SafeCut(text, Math.Max(0, max - reserve))];
        var closer = mrkdwn && CountFences(kept) % 2 == 1 ? FenceCloser : "";
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
