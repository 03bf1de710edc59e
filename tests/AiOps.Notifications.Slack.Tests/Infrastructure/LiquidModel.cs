using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Slack.Tests.Infrastructure;

/// <summary>Turns a template model into the snake_case values templates see.</summary>
internal static class LiquidModel
{
    public static Dictionary<string, object?> From(TemplateModel model) => new()
    {
        ["notification"] = Notification(model.Notification),
        ["incident"] = model.Incident is null ? null : Incident(model.Incident),
        ["recipient"] = model.Recipient,
        ["incident_url"] = model.IncidentUrl,
    };

    private static Dictionary<string, object?> Notification(Notification n) => new()
    {
        ["id"] = n.Id,
        ["type"] = n.Type,
        ["priority"] = n.Priority.ToString(),
        ["title"] = n.Title,
        ["labels"] = n.Labels,
        ["data"] = n.Data,
        ["created_at"] = n.CreatedAt,
    };

    private static Dictionary<string, object?> Incident(Incident i) => new()
    {
        ["id"] = i.Id,
        ["fingerprint"] = i.Fingerprint,
        ["title"] = i.Title,
        ["message"] = i.Message,
        ["component"] = i.Component,
        ["category"] = i.Category,
        ["source"] = i.Source,
        ["level"] = i.Level.ToString(),
        ["status"] = i.Status.ToString(),
        ["labels"] = i.Labels,
        ["annotations"] = i.Annotations,
        ["diagnosis"] = i.Diagnosis is null ? null : new Dictionary<string, object?>
        {
            ["probable_cause"] = i.Diagnosis.ProbableCause,
            ["solution_steps"] = i.Diagnosis.SolutionSteps.ToList(),
            ["confidence"] = i.Diagnosis.Confidence,
            ["agent_name"] = i.Diagnosis.AgentName,
        },
        ["detected_at"] = i.DetectedAt,
        ["last_seen_at"] = i.LastSeenAt,
        ["occurrence_count"] = i.OccurrenceCount,
        ["acknowledged_at"] = i.AcknowledgedAt,
        ["acknowledged_by"] = i.AcknowledgedBy,
        ["resolved_at"] = i.ResolvedAt,
    };
}
