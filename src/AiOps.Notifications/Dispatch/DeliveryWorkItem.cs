namespace AiOps.Notifications.Dispatch;

/// <summary>A delivery waiting in the queue.</summary>
/// <remarks>A value, so queuing a delivery allocates nothing beyond the lane's own storage.</remarks>
/// <param name="DeliveryId">The delivery.</param>
/// <param name="Channel">The channel it goes to.</param>
/// <param name="Priority">Its priority.</param>
internal readonly record struct DeliveryWorkItem(string DeliveryId, string Channel, NotificationPriority Priority)
{
    /// <summary>Gets the queue's arrival number, which breaks ties between equal priorities.</summary>
    public long Sequence { get; init; }

    /// <summary>Gets the queue's timestamp of arrival, from which aging is computed.</summary>
    public long EnqueuedAt { get; init; }
}
