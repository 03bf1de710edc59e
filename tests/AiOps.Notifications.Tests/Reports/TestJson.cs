using System.Text.Json;
using System.Text.Json.Serialization;
using AiOps.Notifications.Reports;

namespace AiOps.Notifications.Tests.Reports;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(OperationsReport))]
[JsonSerializable(typeof(Notification[]))]
internal sealed partial class TestJson : JsonSerializerContext;
