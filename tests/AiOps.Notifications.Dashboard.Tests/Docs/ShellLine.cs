using System.Text;

namespace AiOps.Notifications.Dashboard.Tests.Docs;

/// <summary>Splits one shell line into words: single and double quotes, escapes, <c>$VAR</c> expansion.</summary>
internal static class ShellLine
{
    public static List<string> Split(string line, IReadOnlyDictionary<string, string> variables)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case ' ' or '\t':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    break;
                case '\'':
                    var end = line.IndexOf('\'', i + 1);
                    word.Append(line, i + 1, end - i - 1);
                    i = end;
                    inWord = true;
                    break;
                case '"':
                    i = ReadDoubleQuoted(line, i + 1, word, variables);
                    inWord = true;
                    break;
                case '$':
                    i = Expand(line, i, word, variables);
                    inWord = true;
                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static int ReadDoubleQuoted(
        string line, int start, StringBuilder word, IReadOnlyDictionary<string, string> variables)
    {
        var i = start;
        for (; line[i] != '"'; i++)
        {
            if (line[i] == '\\' && line[i + 1] is '"' or '\\' or '$')
            {
                word.Append(line[++i]);
            }
            else if (line[i] == '$')
            {
                i = Expand(line, i, word, variables);
            }
            else
            {
                word.Append(line[i]);
            }
        }

        return i;
    }

    private static int Expand(
        string line, int dollar, StringBuilder word, IReadOnlyDictionary<string, string> variables)
    {
        var end = dollar + 1;
        while (end < line.Length && (char.IsLetterOrDigit(line[end]) || line[end] == '_'))
        {
            end++;
        }

        var name = line[(dollar + 1)..end];
        word.Append(variables.TryGetValue(name, out var value)
            ? value
            : throw new InvalidOperationException($"${name} is used before it is set."));
        return end - 1;
    }
}
