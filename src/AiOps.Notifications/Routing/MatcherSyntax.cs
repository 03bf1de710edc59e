using System.Text;
using System.Text.RegularExpressions;

namespace AiOps.Notifications.Routing;

/// <summary>
/// Reads and writes matcher text the way Alertmanager does: <c>\"</c>, <c>\\</c> and <c>\n</c> in a value stand
/// for a quote, a backslash and a newline; any other backslash is kept, so <c>=~"\d+"</c> needs no doubling.
/// </summary>
internal static partial class MatcherSyntax
{
    public const string Hint = "Write name=\"value\", name!=\"value\", name=~\"regex\" or name!~\"regex\"";

    /// <summary>Splits a matcher into its name, its operator and its value as written, trimmed.</summary>
    [GeneratedRegex("""^\s*(?<name>[A-Za-z_][A-Za-z0-9_.\-]*)\s*(?<op>=~|!~|!=|=)\s*(?<value>.*?)\s*\z""",
        RegexOptions.Singleline)]
    public static partial Regex Pattern();

    /// <summary>Reads the value of a matcher as written after its operator, quoted or not.</summary>
    /// <exception cref="FormatException">The value is not written the one way it can be read.</exception>
    public static string ReadValue(string text, Match match)
    {
        var written = match.Groups["value"].Value;
        return written.StartsWith('"') ? ReadQuoted(text, written) : ReadBare(text, match, written);
    }

    /// <summary>Writes a value the way <see cref="ReadValue"/> reads it back: quoted, with escapes.</summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", @"\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", @"\n", StringComparison.Ordinal) + "\"";

    private static string ReadQuoted(string text, string written)
    {
        var value = new StringBuilder(written.Length);
        var end = Unescape(written, 1, value);
        if (end == written.Length)
        {
            throw new FormatException(
                $"'{text}' has no closing quote. {Hint}; write \\\" for a quote inside the value.");
        }

        var rest = written[(end + 1)..].TrimStart();
        if (rest.Length > 0)
        {
            throw new FormatException(
                $"'{text}' has text after the closing quote of its value: '{rest}'. Put the whole value inside " +
                "the quotes and write \\\" for a quote inside it.");
        }

        return value.ToString();
    }

    private static string ReadBare(string text, Match match, string written)
    {
        var op = match.Groups["op"].Value;
        if (written.Length > 0 && written[0] is '=' or '~')
        {
            throw new FormatException(
                $"'{text}' has '{written[0]}' right after the operator '{op}'. {Hint}; " +
                $"quote a value that starts with '{written[0]}'.");
        }

        var value = new StringBuilder(written.Length);
        var quote = Unescape(written, 0, value);
        if (quote == written.Length)
        {
            return value.ToString();
        }

        // A quote in an unquoted value is refused, as in Alertmanager; the message shows the value quoted.
        while (quote < written.Length)
        {
            value.Append('"');
            quote = Unescape(written, quote + 1, value);
        }

        throw new FormatException(
            $"'{text}' has a quote inside an unquoted value. Quote the whole value and write \\\" for a quote " +
            $"inside it: {match.Groups["name"].Value}{op}{Quote(value.ToString())}.");
    }

    /// <summary>
    /// Appends the unescaped text from <paramref name="start"/> up to the first unescaped quote, and gets that
    /// quote's index, or the length when there is none.
    /// </summary>
    private static int Unescape(string written, int start, StringBuilder value)
    {
        for (var i = start; i < written.Length; i++)
        {
            var c = written[i];
            if (c == '"')
            {
                return i;
            }

            if (c != '\\' || i == written.Length - 1)
            {
                value.Append(c);
                continue;
            }

            var next = written[++i];
            if (next is not ('n' or '"' or '\\'))
            {
                // Any other escape keeps its backslash, so a regular expression's \d or \. reads as written.
                value.Append('\\');
            }

            value.Append(next == 'n' ? '\n' : next);
        }

        return written.Length;
    }
}
