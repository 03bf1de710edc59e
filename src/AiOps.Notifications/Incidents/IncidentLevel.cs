namespace AiOps.Notifications;

/// <summary>How severe an incident is, as reported by its source.</summary>
public enum IncidentLevel
{
    /// <summary>Informational: worth recording, nobody needs to act.</summary>
    Info = 0,

    /// <summary>Something degrades and may need attention.</summary>
    Warning = 1,

    /// <summary>Something fails and needs attention.</summary>
    Error = 2,

    /// <summary>Something is down and needs attention now.</summary>
    Critical = 3,
}
