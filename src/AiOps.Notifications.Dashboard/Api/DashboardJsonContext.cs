using System.Text.Json;
using System.Text.Json.Serialization;
using AiOps.Notifications.Dashboard.Queries;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Source-generated JSON metadata for the REST API: camelCase, enums as strings.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(IncidentList))]
[JsonSerializable(typeof(IncidentDetails))]
internal sealed partial class DashboardJsonContext : JsonSerializerContext;
