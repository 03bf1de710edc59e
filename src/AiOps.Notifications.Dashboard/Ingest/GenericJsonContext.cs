using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Source-generated JSON metadata for the generic inbound format.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, MaxDepth = 32, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(GenericEvent))]
internal sealed partial class GenericJsonContext : JsonSerializerContext;
