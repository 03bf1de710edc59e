using System.Text.Json;

namespace AiOps.Notifications.Slack.Tests.Infrastructure;

/// <summary>Checks a message body the way Slack does and names the error Slack would answer with.</summary>
internal static class SlackContract
{
    public static string? Validate(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return "invalid_payload";
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "invalid_payload";
            }

            var hasText = root.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 };
            var hasBlocks = root.TryGetProperty("blocks", out var blocks);
            if (!hasText && !hasBlocks)
            {
                return "no_text";
            }

            if (hasText && text.GetString()!.Length > 40_000)
            {
                return "msg_too_long";
            }

            return hasBlocks ? ValidateBlocks(blocks) : null;
        }
    }

    private static string? ValidateBlocks(JsonElement blocks)
    {
        if (blocks.ValueKind != JsonValueKind.Array || blocks.GetArrayLength() > 50)
        {
            return "invalid_blocks";
        }

        var total = 0;
        foreach (var block in blocks.EnumerateArray())
        {
            if (!ValidBlock(block, ref total))
            {
                return "invalid_blocks";
            }
        }

        return total > 13_200 ? "msg_blocks_too_long" : null;
    }

    private static bool ValidBlock(JsonElement block, ref int total)
    {
        var type = block.GetProperty("type").GetString();
        var text = block.TryGetProperty("text", out var t) ? t : default;
        var fields = block.TryGetProperty("fields", out var f) ? f : default;
        var elements = block.TryGetProperty("elements", out var e) ? e : default;
        total += Length(text) + Sum(fields) + (type == "context" ? Sum(elements) : 0);
        return type switch
        {
            "header" => text.GetProperty("type").GetString() == "plain_text" && Length(text) is > 0 and <= 150,
            "section" => (Length(text) is > 0 and <= 3000 || text.ValueKind == JsonValueKind.Undefined)
                && (text.ValueKind != JsonValueKind.Undefined || fields.ValueKind == JsonValueKind.Array)
                && ValidItems(fields, 10, 2000),
            "context" => ValidItems(elements, 10, 2000),
            "actions" => elements.GetArrayLength() <= 25 && elements.EnumerateArray()
                .All(b => Length(b.GetProperty("text")) <= 75 && b.GetProperty("url").GetString()!.Length <= 3000),
            "divider" => true,
            _ => false,
        };
    }

    private static bool ValidItems(JsonElement items, int maxCount, int maxText) =>
        items.ValueKind == JsonValueKind.Undefined
        || (items.GetArrayLength() <= maxCount && items.EnumerateArray().All(i => Length(i) is > 0 && Length(i) <= maxText));

    private static int Sum(JsonElement items) =>
        items.ValueKind == JsonValueKind.Array ? items.EnumerateArray().Sum(Length) : 0;

    private static int Length(JsonElement textObject) =>
        textObject.ValueKind == JsonValueKind.Object && textObject.TryGetProperty("text", out var text)
            ? text.GetString()?.Length ?? 0
            : 0;
}
