using System.Text.Json;
using System.Text.Json.Serialization;
using AiOps.Notifications.Dashboard.Api;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Source-generated JSON metadata for Alertmanager payloads; times must carry an offset.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNameCaseInsensitive = false,
    AllowDuplicateProperties = false,
    Converters = [typeof(OffsetTimeConverter)])]
[JsonSerializable(typeof(AlertmanagerPayload))]
[JsonSerializable(typeof(IngestSummary))]
internal sealed partial class AlertmanagerJsonContext : JsonSerializerContext;
