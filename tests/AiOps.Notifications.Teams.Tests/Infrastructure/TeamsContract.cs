using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiOps.Notifications.Teams.Tests.Infrastructure;

/// <summary>Checks a Workflows body the way the "post card" flow does and names the error it would fail with.</summary>
internal static class TeamsContract
{
    public static string? ValidateWorkflow(string body, Version maxVersion)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return "InvalidRequestContent";
        }

        if (root?["attachments"] is not JsonArray { Count: > 0 } attachments || (string?)root["type"] != "message")
        {
            return "AttachmentsNull";
        }

        foreach (var attachment in attachments)
        {
            if ((string?)attachment?["contentType"] != "application/vnd.microsoft.card.adaptive"
                || attachment["content"] is not JsonObject card || (string?)card["type"] != "AdaptiveCard")
            {
                return "InvalidBotAdaptiveCard";
            }

            if (!Version.TryParse((string?)card["version"], out var version) || version > maxVersion
                || card["body"] is not JsonArray)
            {
                return "InvalidBotAdaptiveCard";
            }
        }

        return null;
    }
}
