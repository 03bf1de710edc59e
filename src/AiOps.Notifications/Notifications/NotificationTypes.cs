namespace AiOps.Notifications;

/// <summary>The notification types the library raises itself. Hosts may publish types of their own.</summary>
public static class NotificationTypes
{
    /// <summary>A new incident was detected.</summary>
    public const string IncidentDetected = "incident.detected";

    /// <summary>A diagnosis was attached to an incident.</summary>
    public const string IncidentDiagnosed = "incident.diagnosed";

    /// <summary>An incident was escalated because nobody acknowledged it or its delivery failed.</summary>
    public const string IncidentEscalated = "incident.escalated";

    /// <summary>An incident was resolved.</summary>
    public const string IncidentResolved = "incident.resolved";

    /// <summary>A periodic report.</summary>
    public const string ReportDigest = "report.digest";

    /// <summary>A test message sent from the dashboard or the API.</summary>
    public const string Test = "test";

    /// <summary>Gets the built-in types, in the order the dashboard lists them.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } =
        [IncidentDetected, IncidentDiagnosed, IncidentEscalated, IncidentResolved, ReportDigest, Test];
}
