namespace AiOps.Notifications.Storage;

/// <summary>Counts of the present moment.</summary>
/// <param name="OpenIncidents">Incidents not yet resolved.</param>
/// <param name="PendingDeliveries">Deliveries waiting in the outbox (the queue length).</param>
public sealed record LiveCounts(int OpenIncidents, int PendingDeliveries);
