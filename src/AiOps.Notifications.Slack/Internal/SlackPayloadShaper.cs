using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiOps.Notifications.Slack.Internal;

/// <summary>
/// Turns a rendered template into a message body that holds to Slack's limits, shortening what is too long.
/// </summary>
internal static class SlackPayloadShaper
{
    private const int MinimumShortenedText = 200;

    internal static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SlackShapeResult Shape(string rendered, int maxText, int maxBlocksText)
    {
        ArgumentNullException.ThrowIfNull(rendered);

        JsonObject? message;
        try
        {
            message = JsonNode.Parse(rendered) as JsonObject;
        }
        catch (JsonException ex)
        {
            return new SlackShapeResult(null, false, "The Slack template did not render valid JSON: " + ex.Message);
        }

        if (message is null || message["blocks"] is { } b && b is not JsonArray)
        {
            return new SlackShapeResult(null, false, "The Slack template must render a JSON object with a 'blocks' array.");
        }

        var shaper = new SlackBlockShaper();
        var shortened = ShapeBlocks(message["blocks"] as JsonArray, shaper, maxBlocksText);
        shortened |= ShapeText(message, maxText);
        return new SlackShapeResult(message.ToJsonString(Output), shortened || shaper.Shortened, null);
    }

    private static bool ShapeBlocks(JsonArray? blocks, SlackBlockShaper shaper, int maxBlocksText)
    {
        if (blocks is null)
        {
            return false;
        }

        var shortened = LimitCount(blocks);
        foreach (var block in blocks.OfType<JsonObject>().ToList())
        {
            if (!shaper.Shape(block))
            {
                blocks.Remove(block);
            }
        }

        return LimitTotal(blocks, shaper, maxBlocksText) || shortened;
    }

    private static bool LimitCount(JsonArray blocks)
    {
        if (blocks.Count <= SlackLimits.Blocks)
        {
            return false;
        }

        var dropped = blocks.Count - SlackLimits.Blocks + 1;
        while (blocks.Count >= SlackLimits.Blocks)
        {
            blocks.RemoveAt(blocks.Count - 1);
        }

        blocks.Add(new JsonObject
        {
            ["type"] = "context",
            ["elements"] = new JsonArray(new JsonObject
            {
                ["type"] = "mrkdwn",
                ["text"] = $"…({dropped} more blocks truncated)",
            }),
        });
        return true;
    }

    private static bool LimitTotal(JsonArray blocks, SlackBlockShaper shaper, int maxBlocksText)
    {
        var texts = SlackBlockShaper.TextObjects(blocks).ToList();
        var total = texts.Sum(Length);
        var shortened = false;
        while (total > maxBlocksText)
        {
            var longest = texts.MaxBy(Length)!;
            var target = Math.Max(MinimumShortenedText, Length(longest) - (total - maxBlocksText));
            if (target >= Length(longest) || !shaper.ShortenText(longest, target))
            {
                break;
            }

            shortened = true;
            total = texts.Sum(Length);
        }

        return shortened;
    }

    private static bool ShapeText(JsonObject message, int maxText)
    {
        var text = message["text"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            message["text"] = FallbackText(message);
            return false;
        }

        if (text.Length <= maxText)
        {
            return false;
        }

        message["text"] = SlackTruncation.Shorten(text, maxText);
        return true;
    }

    private static string FallbackText(JsonObject message) =>
        message["blocks"] is JsonArray blocks && blocks.OfType<JsonObject>().FirstOrDefault() is { } first
            && first["text"] is JsonObject t && (string?)t["text"] is { Length: > 0 } header
            ? SlackTruncation.Shorten(SlackText.Escape(header), SlackLimits.TopLevelText)
            : "Notification";

    private static int Length(JsonObject textObject) =>
        textObject["text"] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Length : 0;
}
