using System.Globalization;
using CsvHelper;

namespace AiOps.Notifications.Reports;

/// <summary>Writes reports, incidents and notifications as CSV rows; the writer neutralises formula cells.</summary>
internal static class ReportCsv
{
    public static readonly string[] ReportHeader = ["section", "key", "metric", "value"];

    public static readonly string[] IncidentHeader =
    [
        "id", "fingerprint", "title", "message", "component", "category", "source", "level", "priority",
        "status", "detected_at", "last_seen_at", "occurrence_count", "acknowledged_at", "acknowledged_by",
        "resolved_at", "resolved_by", "diagnosis_agent", "diagnosis_cause", "diagnosis_confidence", "labels",
    ];

    public static readonly string[] NotificationHeader =
        ["id", "type", "priority", "incident_id", "title", "created_at", "labels", "data"];

    public static void WriteHeader(CsvWriter csv, string[] header) => csv.WriteRecord(header);

    public static void WriteIncident(CsvWriter csv, Incident incident)
    {
        Row(csv, incident.Id, incident.Fingerprint, incident.Title, incident.Message, incident.Component,
            incident.Category, incident.Source, incident.Level.ToString(), incident.Priority.ToString(),
            incident.Status.ToString(),
            Time(incident.DetectedAt), Time(incident.LastSeenAt), Number(incident.OccurrenceCount),
            Time(incident.AcknowledgedAt), incident.AcknowledgedBy, Time(incident.ResolvedAt), incident.ResolvedBy,
            incident.Diagnosis?.AgentName, incident.Diagnosis?.ProbableCause,
            incident.Diagnosis?.Confidence.ToString("0.###", CultureInfo.InvariantCulture), Map(incident.Labels));
    }

    public static void WriteNotification(CsvWriter csv, Notification notification)
    {
        Row(csv, notification.Id, notification.Type, notification.Priority.ToString(), notification.IncidentId,
            notification.Title, Time(notification.CreatedAt), Map(notification.Labels), Map(notification.Data));
    }

    public static void WriteReport(CsvWriter csv, OperationsReport report)
    {
        foreach (var (section, key, metric, value) in ReportRows.Of(report))
        {
            Row(csv, section, key, metric, value);
        }
    }

    private static void Row(CsvWriter csv, params string?[] cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell ?? "");
        }

        csv.EndRecord();
    }

    private static string? Time(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Map(IReadOnlyDictionary<string, string> map) =>
        string.Join("; ", map.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
