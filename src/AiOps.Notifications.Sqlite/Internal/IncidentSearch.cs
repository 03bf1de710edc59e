using System.Globalization;
using System.Text;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Turns a user's search text into a safe FTS5 query for the word index on incident text.</summary>
/// <remarks>
/// The text is split into words the way the <c>unicode61</c> tokenizer splits the indexed text: letters, digits,
/// private-use characters and combining marks form words, everything else separates them. Each word becomes a
/// quoted prefix query (<c>"word"*</c>) and all of them must match, so FTS5 operators, quotes, brackets and column
/// filters a user types are never query syntax. The index folds case and removes diacritics on both sides.
/// </remarks>
internal static class IncidentSearch
{
    /// <summary>Builds the FTS5 query: every word of the text as a prefix, joined with AND.</summary>
    /// <returns>The query, or <see langword="null"/> when the text holds no word and so can match nothing.</returns>
    public static string? ToMatchQuery(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var query = new StringBuilder(text.Length + 8);
        foreach (var word in Words(text))
        {
            query.Append(query.Length == 0 ? "\"" : " AND \"").Append(word).Append("\"*");
        }

        return query.Length == 0 ? null : query.ToString();
    }

    /// <summary>Splits the text into its words; the words never hold a quote or any other separator.</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.PrivateUse
            or UnicodeCategory.NonSpacingMark => true,
        _ => false,
    };
}
