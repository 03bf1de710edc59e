using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Dashboard.Settings;

/// <summary>The made-up incident and notification that template previews render; nothing is stored.</summary>
internal static class SampleData
{
    public static TemplateModel Model(string type, DateTimeOffset now, Uri? dashboardUrl)
    {
        var incident = new Incident
        {
            Id = "inc_sample",
            Fingerprint = "sample:checkout-5xx",
            Title = "5xx ratio above 5% on checkout",
            Message = "checkout-7d9f answered 6.2% of requests with 5xx in the last 5 minutes.",
            Component = "checkout",
            Category = "availability",
            Source = "alertmanager",
            Level = IncidentLevel.Critical,
            Status = type == NotificationTypes.IncidentResolved ? IncidentStatus.Resolved : IncidentStatus.Diagnosed,
            Labels = new Dictionary<string, string> { ["severity"] = "critical", ["team"] = "payments" },
            Diagnosis = new Diagnosis
            {
                ProbableCause = "The database connection pool is exhausted after the 14:02 deploy.",
                SolutionSteps = ["Roll back the deploy", "Raise the pool size to 50"],
                Confidence = 0.82,
                AgentName = "log-analyst",
                ProducedAt = now.AddMinutes(-3),
            },
            DetectedAt = now.AddMinutes(-5),
            LastSeenAt = now.AddMinutes(-1),
            OccurrenceCount = 3,
            ResolvedAt = type == NotificationTypes.IncidentResolved ? now : null,
        };
        var notification = new Notification
        {
            Id = "ntf_sample",
            Type = type,
            Title = incident.Title,
            Priority = NotificationPriority.High,
            IncidentId = incident.Id,
            CreatedAt = now,
        };
        var url = dashboardUrl is null ? null : new Uri(dashboardUrl, "incidents/" + incident.Id).ToString();
        return new TemplateModel
        {
            Notification = notification, Incident = incident, Recipient = "ops@example.com", IncidentUrl = url,
        };
    }
}
