using System.Globalization;
using System.Text;

namespace AiOps.Notifications.Slack.Internal;

/// <summary>Escapes untrusted text for Slack mrkdwn.</summary>
/// <remarks>
/// Slack treats only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as control characters; escaping them neutralises
/// mentions (<c>&lt;!channel&gt;</c>, <c>&lt;@U…&gt;</c>) and links. Formatting characters cannot be escaped
/// in mrkdwn and are left as they are. Control characters other than tab and line feed are dropped.
/// </remarks>
internal static class SlackText
{
    private const string Fence = "```";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '\r' => builder,
                '\n' or '\t' => builder.Append(c),
                _ when char.IsControl(c) => builder,
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>Escapes text for the inside of a code block: also breaks any fence that would end the block.</summary>
    public static string EscapeCode(string? text) =>
        Escape(text).Replace(Fence, "`\u200B``", StringComparison.Ordinal);

    /// <summary>Writes a date that each reader's Slack client shows in their own time zone.</summary>
    public static string Date(DateTimeOffset date)
    {
        var unix = date.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var fallback = date.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return $"<!date^{unix}^{{date_short_pretty}} {{time}}|{fallback}>";
    }
}
