using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiOps.Notifications.Dashboard.Internal;

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

        // A syntax error keeps the reader's message; a repeated property says so (the serializer's message names
        // the .NET type); a value of the wrong type says what the field expects.
        var reason = exception switch
        {
            { InnerException: JsonException } => WithoutPosition(exception.Message),
            _ when IsDuplicate(exception) => $"'{Name(path)}' appears more than once.",
            _ => Expectation(path, body),
        };
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{reason} (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})");
        return new Dictionary<string, string[]>(StringComparer.Ordinal) { [path] = [text] };
    }

    private static string Expectation(string path, JsonTypeInfo body)
    {
        var expected = TypeAt(body, path) is { } type ? Expected(body.Options, type) : "a value of another type";
        return path == "$" ? $"The body must be {expected}." : $"'{Name(path)}' must be {expected}.";
    }

    private static string Name(string path) => path.TrimStart('$').TrimStart('.');

    // AllowDuplicateProperties = false throws a plain JsonException ("Duplicate property 'x' …" for an object,
    // "Duplicate properties not allowed …" for a dictionary): only its message, never localized, tells it apart.
    private static bool IsDuplicate(JsonException exception) =>
        exception.InnerException is null
        && exception.Message.StartsWith("Duplicate propert", StringComparison.Ordinal);

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
            TypeCode.DateTime => IsoTime.Expectation,
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            >= TypeCode.SByte and <= TypeCode.UInt64 => "a whole number",
            _ when type == typeof(DateTimeOffset) => IsoTime.Expectation,
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
