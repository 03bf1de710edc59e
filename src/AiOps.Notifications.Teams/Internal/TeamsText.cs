using System.Text;

namespace AiOps.Notifications.Teams.Internal;

/// <summary>Escapes untrusted text for the Markdown subset of Adaptive Card and MessageCard texts.</summary>
/// <remarks>
/// Markdown characters that make links or formatting are escaped with a backslash, so alert text cannot
/// build a link or restyle the card; <c>{{</c> is broken so text cannot call Adaptive Card date functions.
/// Control characters other than tab and line feed are dropped.
/// </remarks>
internal static class TeamsText
{
    private const string MarkdownCharacters = "\\*_[]`~";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (MarkdownCharacters.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\').Append(c);
            }
            else if (c is '\n' or '\t' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.Replace("{{", "{\u200B{").ToString();
    }

    /// <summary>Maps a priority name to an Adaptive Card container style.</summary>
    public static string Style(string? priority) => priority switch
    {
        "Critical" or "3" => "attention",
        "High" or "2" => "warning",
        "Medium" or "1" => "accent",
        _ => "default",
    };

    /// <summary>Maps a priority name to a MessageCard theme colour (hex, no '#').</summary>
    public static string Color(string? priority) => priority switch
    {
        "Critical" or "3" => "D13438",
        "High" or "2" => "FF8C00",
        "Medium" or "1" => "0078D4",
        _ => "8A8886",
    };
}
