using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiOps.Notifications.Teams.Internal;

/// <summary>Wraps a rendered card in the body Teams expects and keeps the body under the size cap.</summary>
internal static class TeamsPayloadBuilder
{
    public const string AdaptiveContentType = "application/vnd.microsoft.card.adaptive";
    private const string AdaptiveSchema = "http://adaptivecards.io/schemas/adaptive-card.json";

    internal static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TeamsBody Build(string rendered, TeamsChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(options);

        JsonObject? card;
        try
        {
            card = JsonNode.Parse(rendered) as JsonObject;
        }
        catch (JsonException ex)
        {
            return new TeamsBody(null, false, "The Teams template did not render valid JSON: " + ex.Message);
        }

        if (card is null)
        {
            return new TeamsBody(null, false, "The Teams template must render a JSON object.");
        }

        var body = options.Format == TeamsMessageFormat.MessageCard
            ? MessageCard(card)
            : Envelope(AdaptiveCard(card, options.CardVersion));
        var shortened = TeamsBodyShrinker.Shrink(body, options.MaxBodyBytes, Output);
        return new TeamsBody(body.ToJsonString(Output), shortened, null);
    }

    private static JsonObject AdaptiveCard(JsonObject rendered, string version)
    {
        var card = new JsonObject
        {
            ["$schema"] = AdaptiveSchema,
            ["type"] = "AdaptiveCard",
            ["version"] = version,
        };
        foreach (var (key, value) in rendered.ToList())
        {
            if (key is not ("$schema" or "type" or "version"))
            {
                rendered.Remove(key);
                card[key] = value;
            }
        }

        return card;
    }

    private static JsonObject Envelope(JsonObject card) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = AdaptiveContentType,
            ["contentUrl"] = null,
            ["content"] = card,
        }),
    };

    private static JsonObject MessageCard(JsonObject card)
    {
        card["@type"] = "MessageCard";
        card["@context"] = "http://schema.org/extensions";
        if (string.IsNullOrWhiteSpace((string?)card["summary"]) && string.IsNullOrWhiteSpace((string?)card["text"]))
        {
            card["summary"] = (string?)card["title"] is { Length: > 0 } title ? title : "Notification";
        }

        return card;
    }
}
