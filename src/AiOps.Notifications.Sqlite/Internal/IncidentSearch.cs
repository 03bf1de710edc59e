using System.Text;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Turns a user's search text into a safe FTS5 query for the trigram index on incident text.</summary>
/// <remarks>
/// The whole text becomes one quoted phrase, so FTS5 operators, quotes and brackets a user types are matched as
/// plain characters and never change the query's syntax. A trigram phrase matches wherever the text occurs as a
/// substring, ignoring case, which is what <c>LIKE '%text%'</c> matched before.
/// </remarks>
internal static class IncidentSearch
{
    /// <summary>The fewest characters the trigram index can look up; shorter text falls back to LIKE.</summary>
    public const int MinIndexedLength = 3;

    /// <summary>Tells whether the index can answer a search for the text.</summary>
    public static bool IsIndexable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return text.EnumerateRunes().Take(MinIndexedLength).Count() >= MinIndexedLength;
    }

    /// <summary>Quotes the text as one FTS5 phrase, doubling the quotes inside it.</summary>
    public static string ToMatchPhrase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return new StringBuilder(text.Length + 2)
            .Append('"')
            .Append(text.Replace("\"", "\"\"", StringComparison.Ordinal))
            .Append('"')
            .ToString();
    }
}
