namespace AiOps.Notifications.Templates;

/// <summary>Realistic sample values for rendering templates: start-up checks, previews and golden files.</summary>
public static class TemplateSampleData
{
    private static readonly DateTimeOffset Detected = new(2026, 12, 3, 8, 14, 30, TimeSpan.Zero);

    /// <summary>
    /// Creates a sample model for a notification type: an error incident seen three times, with a diagnosis.
    /// </summary>
    /// <param name="notificationType">
    /// The notification type; a resolved type gets a resolved incident, an escalated type the data of an
    /// escalation step.
    /// </param>
    /// <param name="recipient">The recipient, in the channel's terms.</param>
    /// <returns>The model.</returns>
    public static TemplateModel Create(string notificationType, string recipient = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notificationType);

        if (notificationType == NotificationTypes.ReportDigest)
        {
            return Digest(recipient);
        }

        var incident = Incident(notificationType);
        var escalated = notificationType == NotificationTypes.IncidentEscalated;
        return new TemplateModel
        {
            Notification = new Notification
            {
                Id = "ntf-0001",
                Type = notificationType,
                Priority = escalated ? NotificationPriority.Critical : NotificationPriority.High,
                IncidentId = incident.Id,
                Title = incident.Title,
                CreatedAt = escalated ? Detected.AddMinutes(20) : Detected.AddMinutes(1),
                Data = escalated ? EscalationStep() : EmptyLabels.Instance,
            },
            Incident = incident,
            Recipient = recipient,
            IncidentUrl = "https://ops.example.com/aiops/incidents/inc-0001",
        };
    }

    /// <summary>The data the engine puts on the second step of a two-step policy that repeats once.</summary>
    private static Dictionary<string, string> EscalationStep() => new()
    {
        ["step"] = "2",
        ["steps"] = "4",
        ["reason"] = "Not acknowledged within 15 min.",
        ["notified_before"] = "slack:C0123456789, email:oncall@example.com",
        ["policy"] = "payments",
    };

    private static TemplateModel Digest(string recipient) => new()
    {
        Notification = new Notification
        {
            Id = "ntf-0002",
            Type = NotificationTypes.ReportDigest,
            Priority = NotificationPriority.Low,
            Title = "daily: 42 incidents, 39 resolved",
            CreatedAt = Detected.AddHours(1),
            Data = new Dictionary<string, string>
            {
                ["digest"] = "daily",
                ["period_from"] = "2026-12-02T08:00:00.0000000+00:00",
                ["period_to"] = "2026-12-03T08:00:00.0000000+00:00",
                ["incidents"] = "42",
                ["resolved"] = "39",
                ["resolution_rate"] = "0.9286",
                ["mean_time_to_acknowledge_s"] = "312",
                ["mean_time_to_resolve_s"] = "2710",
                ["deliveries_failed"] = "2",
                ["summary"] = "42 incidents, 39 resolved (93%).\nTop recurring:\n- Checkout error rate above 5% (7×)",
            },
        },
        Recipient = recipient,
    };

    private static Incident Incident(string notificationType) => new()
    {
        Id = "inc-0001",
        Fingerprint = "6b2f1c8a9d0e4f13",
        Title = "Checkout error rate above 5%",
        Message = "System.TimeoutException: The operation has timed out.\n   at Checkout.PaymentClient.ChargeAsync()",
        Component = "checkout",
        Category = "network",
        Source = "alertmanager",
        Level = IncidentLevel.Error,
        // Only a Critical incident escalates by default, so the escalated sample is one.
        Priority = notificationType == NotificationTypes.IncidentEscalated
            ? NotificationPriority.Critical
            : NotificationPriority.High,
        Status = notificationType == NotificationTypes.IncidentResolved ? IncidentStatus.Resolved : IncidentStatus.New,
        DetectedAt = Detected,
        LastSeenAt = Detected.AddMinutes(9),
        OccurrenceCount = 3,
        ResolvedAt = notificationType == NotificationTypes.IncidentResolved ? Detected.AddMinutes(42) : null,
        Diagnosis = new Diagnosis
        {
            ProbableCause = "The payment provider answers slowly since the 08:10 deployment.",
            SolutionSteps = ["Roll back payment-gateway to 2.3.1.", "Raise the client timeout to 10 s."],
            Confidence = 0.82,
            AgentName = "log-analyzer",
            ProducedAt = Detected.AddMinutes(2),
        },
    };
}
