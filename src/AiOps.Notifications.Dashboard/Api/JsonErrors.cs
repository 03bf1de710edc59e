using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>
/// Describes a serializer failure by JSON path and what the field expects, e.g. <c>$.level</c>: "'level' must be
/// one of: Info, Warning, Error, Critical."; never by the .NET type the body is read into.
/// </summary>
internal static class JsonErrors
{
    public static Dictionary<string, string[]> Describe(JsonException exception, JsonTypeInfo body)
    {
        ArgumentNullException.ThrowIfNull(exception);

        var path = string.IsNullOrEmpty(exception.Path) ? "$" : exception.Path;

        // A syntax error keeps the reader's message; a value of the wrong type says what the field expects.
        var reason = exception.InnerException is JsonException
            ? WithoutPosition(exception.Message)
            : Expectation(path, body);
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{reason} (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})");
        return new Dictionary<string, string[]>(StringComparer.Ordinal) { [path] = [text] };
    }

    private static string Expectation(string path, JsonTypeInfo body)
    {
        var expected = TypeAt(body, path) is { } type ? Expected(body.Options, type) : "a value of another type";
        return path == "$"
            ? $"The body must be {expected}."
            : $"'{path.TrimStart('$').TrimStart('.')}' must be {expected}.";
    }

    private static Type? TypeAt(JsonTypeInfo body, string path)
    {
        var type = body.Type;
        foreach (var segment in JsonPathSegments.Read(path))
        {
            if (!body.Options.TryGetTypeInfo(type, out var info))
            {
                return null;
            }

            type = info.Kind switch
            {
                JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary => info.ElementType,
                JsonTypeInfoKind.Object when segment is not null => info.Properties.FirstOrDefault(p =>
                    string.Equals(p.Name, segment, StringComparison.OrdinalIgnoreCase))?.PropertyType,
                _ => null,
            };
            if (type is null)
            {
                return null;
            }
        }

        return type;
    }

    private static string Expected(JsonSerializerOptions options, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return "one of: " + string.Join(", ", Enum.GetNames(type));
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.String or TypeCode.Char => "a string",
            TypeCode.Boolean => "true or false",
            TypeCode.DateTime => "an ISO 8601 time with offset, such as 2026-12-03T08:15:00Z",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            >= TypeCode.SByte and <= TypeCode.UInt64 => "a whole number",
            _ when type == typeof(DateTimeOffset) => "an ISO 8601 time with offset, such as 2026-12-03T08:15:00Z",
            _ when options.TryGetTypeInfo(type, out var info) && info.Kind == JsonTypeInfoKind.Enumerable =>
                "an array",
            _ => "a JSON object",
        };
    }

    private static string WithoutPosition(string message)
    {
        // The message ends with the path and position, which the error key and suffix already give.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
