namespace AiOps.Notifications.Storage.Conformance;

/// <summary>Records with every field set, non-ASCII text and emoji, for store tests.</summary>
internal static class StoreTestData
{
    /// <summary>A time with sub-millisecond digits (whole microseconds) and a non-UTC offset.</summary>
    public static readonly DateTimeOffset T0 =
        new DateTimeOffset(2025, 3, 14, 9, 26, 53, 589, TimeSpan.FromHours(2)).AddTicks(7_930);

    public static Incident FullIncident(string id = "inc-1") => new()
    {
        Id = id,
        Fingerprint = $"fp-{id}",
        Title = "Datenbank nicht erreichbar 🔥 «prod» – 数据库",
        Message = "Zeitüberschreitung nach 30 s\n   at Npgsql.Connect() 'quoted' \"double\" <tag> & 100% _x_",
        Component = "zahlungs-dienst",
        Category = "database",
        Source = "alertmanager",
        Level = IncidentLevel.Critical,
        Priority = NotificationPriority.Medium,
        Status = IncidentStatus.Resolved,
        Labels = new Dictionary<string, string>
        {
            ["alertname"] = "DbDown",
            ["région"] = "eu-west-1 🌍",
            ["team"] = "платежи",
        },
        Annotations = new Dictionary<string, string>
        {
            ["runbook"] = "https://runbooks.example.com/db?x=1&y=2",
            ["summary"] = "\"quoted\" <b>bold</b> \\ backslash",
        },
        Diagnosis = FullDiagnosis(),
        DetectedAt = T0,
        LastSeenAt = T0.AddMinutes(5),
        OccurrenceCount = 7,
        AcknowledgedAt = T0.AddMinutes(6),
        AcknowledgedBy = "Zoë O'Brien",
        ResolvedAt = T0.AddHours(1),
        ResolvedBy = "alertmanager 🤖",
    };

    public static Diagnosis FullDiagnosis() => new()
    {
        ProbableCause = "Verbindungspool erschöpft 🧵",
        SolutionSteps = ["Pool vergrößern", "Dienst neu starten ♻️", "Abfragen prüfen"],
        Confidence = 0.8125,
        AgentName = "agent-δ",
        ProducedAt = T0.AddMinutes(3),
    };

    public static Incident Incident(
        string id,
        DateTimeOffset detectedAt,
        IncidentStatus status = IncidentStatus.New,
        IncidentLevel level = IncidentLevel.Error,
        string? component = "api",
        string? title = null,
        string? message = null) => new()
        {
            Id = id,
            Fingerprint = $"fp-{id}",
            Title = title ?? $"Incident {id}",
            Message = message,
            Component = component,
            Level = level,
            Status = status,
            DetectedAt = detectedAt,
            LastSeenAt = detectedAt,
        };

    public static Notification FullNotification(string id = "ntf-1", string? incidentId = "inc-1") => new()
    {
        Id = id,
        Type = NotificationTypes.IncidentDetected,
        Priority = NotificationPriority.High,
        IncidentId = incidentId,
        Title = "Datenbank nicht erreichbar 🔥",
        Labels = new Dictionary<string, string> { ["team"] = "платежи", ["emoji"] = "🚨" },
        Data = new Dictionary<string, string> { ["count"] = "7", ["note"] = "über \"alles\"" },
        CreatedAt = T0.AddSeconds(1),
    };

    public static Delivery FullDelivery(
        string id, string notificationId = "ntf-1", string? incidentId = "inc-1") => new()
    {
        Id = id,
        NotificationId = notificationId,
        IncidentId = incidentId,
        Channel = "email",
        Recipient = "zoë@example.com, ops@example.com",
        Priority = NotificationPriority.High,
        Status = DeliveryStatus.Failed,
        AttemptCount = 3,
        NextAttemptAt = T0.AddMinutes(2),
        CreatedAt = T0.AddSeconds(2),
        CompletedAt = T0.AddMinutes(4),
        LastError = "550 Postfach nicht verfügbar ✉️",
    };

    public static Delivery PendingDelivery(
        string id,
        NotificationPriority priority,
        DateTimeOffset? nextAttemptAt,
        string notificationId = "ntf-1") => new()
        {
            Id = id,
            NotificationId = notificationId,
            Channel = "webhook",
            Priority = priority,
            Status = DeliveryStatus.Pending,
            NextAttemptAt = nextAttemptAt,
            CreatedAt = T0,
        };

    public static DeliveryAttempt FullAttempt(string id, string deliveryId, DateTimeOffset startedAt) => new()
    {
        Id = id,
        DeliveryId = deliveryId,
        NotificationId = "ntf-1",
        IncidentId = "inc-1",
        Channel = "email",
        Recipient = "zoë@example.com",
        Number = 2,
        StartedAt = startedAt,
        Duration = TimeSpan.FromMilliseconds(1234.5),
        Outcome = AttemptOutcome.TransientFailure,
        StatusCode = 451,
        Detail = "451 Versuchen Sie es später 🕐",
    };
}
