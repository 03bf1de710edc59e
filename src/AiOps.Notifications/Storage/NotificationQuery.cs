namespace AiOps.Notifications.Storage;

/// <summary>Filters and pages notifications; unset filters match everything. Newest first.</summary>
public sealed record NotificationQuery
{
    /// <summary>Gets the notification type to match exactly.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the incident to match.</summary>
    public string? IncidentId { get; init; }

    /// <summary>Gets how many items to skip.</summary>
    public int Skip { get; init; }

    /// <summary>Gets how many items to return.</summary>
    /// <value>Defaults to 50.</value>
    public int Take { get; init; } = 50;
}
