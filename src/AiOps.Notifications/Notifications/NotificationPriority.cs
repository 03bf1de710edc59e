namespace AiOps.Notifications;

/// <summary>How urgently a notification must go out; higher priorities leave the queue first.</summary>
public enum NotificationPriority
{
    /// <summary>Can wait behind everything else.</summary>
    Low = 0,

    /// <summary>Ordinary.</summary>
    Medium = 1,

    /// <summary>Goes before ordinary traffic.</summary>
    High = 2,

    /// <summary>Leaves the queue first.</summary>
    Critical = 3,
}
