namespace AiOps.Notifications;

/// <summary>The priority an incident's notifications get when its report names none.</summary>
internal static class IncidentPriority
{
    /// <summary>Gets the priority that follows a level: Critical, High, Medium or Low.</summary>
    public static NotificationPriority Of(IncidentLevel level) => level switch
    {
        IncidentLevel.Critical => NotificationPriority.Critical,
        IncidentLevel.Error => NotificationPriority.High,
        IncidentLevel.Warning => NotificationPriority.Medium,
        _ => NotificationPriority.Low,
    };
}
