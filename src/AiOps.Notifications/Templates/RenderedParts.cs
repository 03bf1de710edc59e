using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace AiOps.Notifications.Templates;

/// <summary>
/// The rendered parts of one message: the channel kind's part names, shared, beside this render's texts.
/// </summary>
/// <remarks>
/// A kind has a handful of parts, so a case-insensitive scan of the names beats hashing, and a render
/// costs one small array instead of a dictionary's buckets and entries.
/// </remarks>
internal sealed class RenderedParts(string[] names, string[] texts) : IReadOnlyDictionary<string, string>
{
    public int Count => names.Length;

    public IEnumerable<string> Keys => names;

    public IEnumerable<string> Values => texts;

    public string this[string key] =>
        TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No part '{key}' was rendered.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? texts[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < names.Length; i++)
        {
            yield return new KeyValuePair<string, string>(names[i], texts[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
