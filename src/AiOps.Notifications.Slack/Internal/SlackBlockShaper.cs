using System.Text.Json.Nodes;

namespace AiOps.Notifications.Slack.Internal;

/// <summary>Keeps each block inside its own Block Kit limits.</summary>
internal sealed class SlackBlockShaper
{
    public bool Shortened { get; private set; }

    /// <summary>
    /// Applies the limits of one block; returns false when the block must be dropped (an empty section).
    /// </summary>
    public bool Shape(JsonObject block)
    {
        switch ((string?)block["type"])
        {
            case "header":
                ShortenText(block["text"] as JsonObject, SlackLimits.HeaderText);
                return true;
            case "section":
                return ShapeSection(block);
            case "context":
                ShapeElements(block["elements"] as JsonArray, SlackLimits.ContextElements, SlackLimits.FieldText);
                return true;
            case "actions":
                ShapeButtons(block["elements"] as JsonArray);
                return true;
            default:
                return true;
        }
    }

    /// <summary>Lists every text object inside the blocks, for the limit on all texts together.</summary>
    public static IEnumerable<JsonObject> TextObjects(JsonArray blocks)
    {
        foreach (var block in blocks.OfType<JsonObject>())
        {
            if (block["text"] is JsonObject text)
            {
                yield return text;
            }

            var items = (block["fields"] ?? block["elements"]) as JsonArray;
            foreach (var item in items?.OfType<JsonObject>() ?? [])
            {
                if (item["text"] is JsonValue)
                {
                    yield return item;
                }
            }
        }
    }

    public bool ShortenText(JsonObject? textObject, int max)
    {
        if (textObject?["text"] is not JsonValue value || !value.TryGetValue<string>(out var text) || text.Length <= max)
        {
            return false;
        }

        var mrkdwn = !string.Equals((string?)textObject["type"], "plain_text", StringComparison.Ordinal);
        textObject["text"] = SlackTruncation.Shorten(text, max, mrkdwn);
        Shortened = true;
        return true;
    }

    private bool ShapeSection(JsonObject block)
    {
        var text = block["text"] as JsonObject;
        ShortenText(text, SlackLimits.SectionText);
        ShapeElements(block["fields"] as JsonArray, SlackLimits.Fields, SlackLimits.FieldText);
        if (text is not null && string.IsNullOrWhiteSpace((string?)text["text"]))
        {
            block.Remove("text");
        }

        return block["text"] is not null || block["fields"] is JsonArray { Count: > 0 } || block["accessory"] is not null;
    }

    private void ShapeElements(JsonArray? elements, int maxCount, int maxText)
    {
        if (elements is null)
        {
            return;
        }

        while (elements.Count > maxCount)
        {
            elements.RemoveAt(elements.Count - 1);
            Shortened = true;
        }

        foreach (var element in elements.OfType<JsonObject>())
        {
            ShortenText(element, maxText);
        }
    }

    private void ShapeButtons(JsonArray? elements)
    {
        foreach (var button in elements?.OfType<JsonObject>() ?? [])
        {
            ShortenText(button["text"] as JsonObject, SlackLimits.ButtonText);
        }
    }
}
