using System.Collections.ObjectModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Writes labels, data and diagnoses as JSON text; non-ASCII text stays readable in the file.</summary>
internal static class StoreJson
{
    private const string EmptyObject = "{}";

    private static readonly StoreJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),

        // Options given to a context replace its attribute options, so the naming policy is repeated here.
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    });

    public static string WriteMap(IReadOnlyDictionary<string, string>? map) =>
        map is null || map.Count == 0
            ? EmptyObject
            : JsonSerializer.Serialize(map, Context.IReadOnlyDictionaryStringString);

    public static IReadOnlyDictionary<string, string> ReadMap(string json)
    {
        if (json == EmptyObject)
        {
            return ReadOnlyDictionary<string, string>.Empty;
        }

        var map = JsonSerializer.Deserialize(json, Context.DictionaryStringString);
        return map is null ? ReadOnlyDictionary<string, string>.Empty : new ReadOnlyDictionary<string, string>(map);
    }

    public static object WriteDiagnosis(Diagnosis? diagnosis) =>
        diagnosis is null ? DBNull.Value : JsonSerializer.Serialize(diagnosis, Context.Diagnosis);

    public static Diagnosis? ReadDiagnosis(string? json) =>
        json is null ? null : JsonSerializer.Deserialize(json, Context.Diagnosis);

    public static string WriteList(IReadOnlyList<string> items) => JsonSerializer.Serialize(items.ToArray(), Context.StringArray);

    public static IReadOnlyList<string> ReadList(string json) => JsonSerializer.Deserialize(json, Context.StringArray) ?? [];
}
