namespace AiOps.Notifications.Dispatch;

/// <summary>A delivery waiting in the queue.</summary>
/// <param name="DeliveryId">The delivery.</param>
/// <param name="Channel">The channel it goes to.</param>
/// <param name="Priority">Its priority.</param>
internal sealed record DeliveryWorkItem(string DeliveryId, string Channel, NotificationPriority Priority)
{
    public long Sequence { get; set; }

    public long EnqueuedAt { get; set; }
}
