using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiOps.Notifications.Reports;

/// <summary>Source-generated JSON metadata for reports and exported lists: camelCase, enums as strings.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(OperationsReport))]
[JsonSerializable(typeof(Incident))]
[JsonSerializable(typeof(Notification))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
