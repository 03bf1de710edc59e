namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>The alert statuses Alertmanager sends.</summary>
internal static class AlertStatus
{
    public const string Firing = "firing";

    public const string Resolved = "resolved";

    public static bool IsKnown(string? status) => IsFiring(status) || IsResolved(status);

    public static bool IsFiring(string? status) => string.Equals(status, Firing, StringComparison.OrdinalIgnoreCase);

    public static bool IsResolved(string? status) =>
        string.Equals(status, Resolved, StringComparison.OrdinalIgnoreCase);
}
