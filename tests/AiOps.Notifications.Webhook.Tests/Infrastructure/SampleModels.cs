using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Webhook.Tests.Infrastructure;

/// <summary>Fixed template models for golden files and escaping tests.</summary>
internal static class SampleModels
{
    private static readonly DateTimeOffset DetectedTime = new(2026, 12, 3, 8, 14, 30, TimeSpan.Zero);

    public static TemplateModel Detected(string message = "Free space below 7% on vol-data.") => new()
    {
        Notification = new Notification
        {
            Id = "ntf_0001",
            Type = NotificationTypes.IncidentDetected,
            Priority = NotificationPriority.High,
            Title = "Disk on db-01 is 93% full",
            CreatedAt = DetectedAt,
        },
        Incident = new Incident
        {
            Id = "inc_0001",
            Fingerprint = "0a1b2c3d4e5f6071",
            Title = "Disk on db-01 is 93% full",
            Message = message,
            Component = "db-01",
            Category = "storage",
            Source = "alertmanager",
            Level = IncidentLevel.Error,
            Labels = new Dictionary<string, string> { ["host"] = "db-01", ["volume"] = "vol-data" },
            DetectedAt = DetectedAt,
            LastSeenAt = DetectedAt.AddMinutes(9),
            OccurrenceCount = 3,
            Diagnosis = new Diagnosis
            {
                ProbableCause = "Log rotation stopped after the last deploy.",
                SolutionSteps = ["Restart logrotate.", "Delete logs older than 7 days."],
                Confidence = 0.82,
                AgentName = "ops-agent",
            },
        },
        Recipient = "ops@example.test",
        IncidentUrl = "https://ops.example.test/aiops/incidents/inc_0001",
    };

    private static DateTimeOffset DetectedAt => DetectedTime;
}
