using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>
/// Reads a payload's <c>version</c> as text whether it is sent as a string (<c>"4"</c>, as Alertmanager does) or
/// as a number (<c>4</c>, as hand-written senders do), so only <c>StrictVersion</c> decides which to refuse.
/// </summary>
internal sealed class VersionTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.Null => null,
            _ => throw new JsonException("'version' must be a string or a number."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
