using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Source-generated JSON metadata for Alertmanager payloads.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web, PropertyNameCaseInsensitive = false, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(AlertmanagerPayload))]
[JsonSerializable(typeof(IngestSummary))]
internal sealed partial class AlertmanagerJsonContext : JsonSerializerContext;
