namespace AiOps.Notifications.Templates;

/// <summary>
/// Turns the model into plain dictionaries with snake_case keys: exactly what templates may read,
/// nothing else.
/// </summary>
internal static class TemplateModelValues
{
    public static Dictionary<string, object?> Of(Notification notification) => new()
    {
        ["id"] = notification.Id,
        ["type"] = notification.Type,
        ["priority"] = notification.Priority.ToString(),
        ["title"] = notification.Title,
        ["incident_id"] = notification.IncidentId,
        ["labels"] = Of(notification.Labels),
        ["data"] = Of(notification.Data),
        ["created_at"] = notification.CreatedAt,
    };

    public static Dictionary<string, object?> Of(Incident incident) => new()
    {
        ["id"] = incident.Id,
        ["fingerprint"] = incident.Fingerprint,
        ["title"] = incident.Title,
        ["message"] = incident.Message,
        ["component"] = incident.Component,
        ["category"] = incident.Category,
        ["source"] = incident.Source,
        ["level"] = incident.Level.ToString(),
        ["status"] = incident.Status.ToString(),
        ["labels"] = Of(incident.Labels),
        ["annotations"] = Of(incident.Annotations),
        ["diagnosis"] = incident.Diagnosis is null ? null : Of(incident.Diagnosis),
        ["detected_at"] = incident.DetectedAt,
        ["last_seen_at"] = incident.LastSeenAt,
        ["occurrence_count"] = incident.OccurrenceCount,
        ["acknowledged_at"] = incident.AcknowledgedAt,
        ["acknowledged_by"] = incident.AcknowledgedBy,
        ["resolved_at"] = incident.ResolvedAt,
        ["resolved_by"] = incident.ResolvedBy,
    };

    public static Dictionary<string, object?> Of(Diagnosis diagnosis) => new()
    {
        ["probable_cause"] = diagnosis.ProbableCause,
        ["solution_steps"] = diagnosis.SolutionSteps.ToArray(),
        ["confidence"] = diagnosis.Confidence,
        ["confidence_percent"] = (int)Math.Round(diagnosis.Confidence * 100),
        ["agent_name"] = diagnosis.AgentName,
        ["produced_at"] = diagnosis.ProducedAt,
    };

    private static Dictionary<string, object?> Of(IReadOnlyDictionary<string, string> values) =>
        values.ToDictionary(pair => pair.Key, pair => (object?)pair.Value, StringComparer.Ordinal);
}
