using System.Text.Json;
using System.Text.Json.Serialization;
using AiOps.Notifications.Dashboard.Api.Requests;
using AiOps.Notifications.Dashboard.Api.Responses;
using AiOps.Notifications.Dashboard.Ingest;
using AiOps.Notifications.Dashboard.Queries;
using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Source-generated JSON metadata for the REST API: camelCase, enums as strings, times with offset.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    MaxDepth = 32,
    AllowDuplicateProperties = false,
    Converters = [typeof(OffsetTimeConverter)])]
[JsonSerializable(typeof(IncidentList))]
[JsonSerializable(typeof(IncidentDetails))]
[JsonSerializable(typeof(Incident))]
[JsonSerializable(typeof(DiagnosisFeedback))]
[JsonSerializable(typeof(NotificationList))]
[JsonSerializable(typeof(NotificationDetails))]
[JsonSerializable(typeof(Notification))]
[JsonSerializable(typeof(Silence))]
[JsonSerializable(typeof(SilenceList))]
[JsonSerializable(typeof(RoutingExplanation))]
[JsonSerializable(typeof(IngestSummary))]
[JsonSerializable(typeof(Delivery))]
[JsonSerializable(typeof(OverviewReport))]
[JsonSerializable(typeof(LiveFigures))]
[JsonSerializable(typeof(ItemList<HeatMapCell>))]
[JsonSerializable(typeof(ItemList<AgentStatistics>))]
[JsonSerializable(typeof(ItemList<ChannelOutcomeCount>))]
[JsonSerializable(typeof(ReportIncidentRequest))]
[JsonSerializable(typeof(ActorRequest))]
[JsonSerializable(typeof(DiagnosisRequest))]
[JsonSerializable(typeof(FeedbackRequest))]
[JsonSerializable(typeof(PublishNotificationRequest))]
[JsonSerializable(typeof(TestSendRequest))]
[JsonSerializable(typeof(CreateSilenceRequest))]
[JsonSerializable(typeof(RoutingRequest))]
internal sealed partial class DashboardJsonContext : JsonSerializerContext;
