using System.Text.Json;
using System.Text.Json.Serialization;
using AiOps.Notifications.Dashboard.Api;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Source-generated JSON metadata for the generic inbound format; times must carry an offset.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    MaxDepth = 32,
    AllowDuplicateProperties = false,
    Converters = [typeof(OffsetTimeConverter)])]
[JsonSerializable(typeof(GenericEvent))]
internal sealed partial class GenericJsonContext : JsonSerializerContext;
