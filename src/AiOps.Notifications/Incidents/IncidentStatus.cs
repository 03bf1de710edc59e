namespace AiOps.Notifications;

/// <summary>Where an incident stands in its life.</summary>
public enum IncidentStatus
{
    /// <summary>Detected; nobody has acknowledged it yet.</summary>
    New = 0,

    /// <summary>A diagnosis is attached; nobody has acknowledged it yet.</summary>
    Diagnosed = 1,

    /// <summary>Somebody acknowledged it and is working on it (shown as "in progress").</summary>
    Acknowledged = 2,

    /// <summary>The cause is gone; the incident is closed.</summary>
    Resolved = 3,
}
