namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>An incident with the notifications about it, their deliveries and every attempt.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Notifications">The notifications, oldest first.</param>
internal sealed record IncidentDetails(Incident Incident, IReadOnlyList<NotificationDetails> Notifications);
