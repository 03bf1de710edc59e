using System.Text.Json;
using System.Text.Json.Serialization;
using AiOps.Notifications.Dashboard.Internal;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Reads a time in a request body only when it has an offset: <c>2026-12-04T10:00:00</c> is refused.</summary>
/// <remarks>
/// The serializer alone reads a time without an offset in the server's time zone. The refusal carries no message:
/// the serializer adds the path and <see cref="JsonErrors"/> says what the field expects. Writing is unchanged.
/// </remarks>
internal sealed class OffsetTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !IsoTime.HasOffset(reader.GetString())
            || !reader.TryGetDateTimeOffset(out var time))
        {
            throw new JsonException();
        }

        return time;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);

        writer.WriteStringValue(value);
    }
}
