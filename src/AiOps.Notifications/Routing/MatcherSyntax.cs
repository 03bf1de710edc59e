using System.Text.RegularExpressions;

namespace AiOps.Notifications.Routing;

internal static partial class MatcherSyntax
{
    [GeneratedRegex("""^\s*(?<name>[A-Za-z_][A-Za-z0-9_.\-]*)\s*(?<op>=~|!~|!=|=)\s*(?:"(?<quoted>(?:[^"\\]|\\.)*)"|(?<bare>.*))\s*$""")]
    public static partial Regex Pattern();
}
