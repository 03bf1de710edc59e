using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Reads an enum in a request body by one member name; numbers and lists (<c>A, B</c>) are refused.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <remarks>The API documents enums as strings; numbers would tie clients to the order of the members.</remarks>
internal sealed class EnumNameConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        var member = Enum.GetNames<TEnum>()
            .FirstOrDefault(candidate => string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase));
        return member is null ? throw new JsonException() : Enum.Parse<TEnum>(member);
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);

        writer.WriteStringValue(value.ToString());
    }
}
