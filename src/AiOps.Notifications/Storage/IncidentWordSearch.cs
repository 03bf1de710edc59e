using System.Globalization;
using System.Text;

namespace AiOps.Notifications.Storage;

/// <summary>Matches incident search text word by word, the way the SQLite store's word index does.</summary>
/// <remarks>
/// Letters, digits, private-use characters and combining marks form words; everything else separates them. Each
/// word of the search must be the start of a word in the title, message or component, ignoring case and diacritics.
/// Search text without a word matches nothing.
/// </remarks>
internal static class IncidentWordSearch
{
    /// <summary>Tells whether every word of the search starts a word of the incident's text.</summary>
    public static bool Matches(Incident incident, string search)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(search);

        var wanted = Words(search).ToList();
        if (wanted.Count == 0 || wanted.Contains(string.Empty))
        {
            return false;
        }

        var words = Words(incident.Title).Concat(Words(incident.Message)).Concat(Words(incident.Component)).ToList();
        return wanted.TrueForAll(
            prefix => words.Exists(word => word.StartsWith(prefix, StringComparison.Ordinal)));
    }

    /// <summary>Splits the text into words folded to lower case without diacritics.</summary>
    public static IEnumerable<string> Words(string? text)
    {
        var word = new StringBuilder();
        foreach (var rune in (text ?? string.Empty).EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                yield return Fold(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return Fold(word.ToString());
        }
    }

    private static string Fold(string word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
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
