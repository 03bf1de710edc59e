using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiOps.Notifications.Teams.Internal;

/// <summary>Shortens the longest texts of a card, one at a time, until the body fits the byte cap.</summary>
internal static class TeamsBodyShrinker
{
    public const string Marker = "…(truncated)";
    private const int MinimumText = 100;

    private static readonly HashSet<string> TextKeys = new(StringComparer.Ordinal)
    {
        "text", "value", "title", "summary", "activityTitle", "activitySubtitle",
    };

    public static bool Shrink(JsonObject body, int maxBytes, JsonSerializerOptions output)
    {
        var shortened = false;
        for (var bytes = Size(body, output); bytes > maxBytes; bytes = Size(body, output))
        {
            var longest = Texts(body).MaxBy(t => t.Text.Length);
            if (longest.Parent is null || longest.Text.Length <= MinimumText)
            {
                break;
            }

            // Each character is at least one byte, so cutting the excess in characters always makes progress.
            var keep = Math.Max(MinimumText, longest.Text.Length - (bytes - maxBytes) - Marker.Length);
            longest.Parent[longest.Key] = Cut(longest.Text, keep) + Marker;
            shortened = true;
        }

        return shortened;
    }

    private static string Cut(string text, int keep)
    {
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        var kept = text[..keep];
        var backslashes = kept.Length - kept.TrimEnd('\\').Length;
        return backslashes % 2 == 1 ? kept[..^1] : kept;
    }

    private static int Size(JsonObject body, JsonSerializerOptions output) =>
        Encoding.UTF8.GetByteCount(body.ToJsonString(output));

    private static IEnumerable<(JsonObject? Parent, string Key, string Text)> Texts(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            return array.SelectMany(Texts);
        }

        if (node is not JsonObject obj)
        {
            return [];
        }

        var own = obj.Where(p => TextKeys.Contains(p.Key) && p.Value is JsonValue v && v.TryGetValue<string>(out _))
            .Select(p => ((JsonObject?)obj, p.Key, (string)p.Value!));
        return own.Concat(obj.Select(p => p.Value).SelectMany(Texts)).ToList();
    }
}
