namespace AiOps.Notifications;

/// <summary>Where one delivery (a notification to one channel and recipient) stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Waiting in the queue or for its next scheduled attempt.</summary>
    Pending = 0,

    /// <summary>Handed to the channel, which confirmed it.</summary>
    Delivered = 1,

    /// <summary>Handed to a service that only acknowledges receipt (such as a Teams workflow).</summary>
    Accepted = 2,

    /// <summary>Failed for good: a permanent error, or every attempt used.</summary>
    Failed = 3,

    /// <summary>Held by a silence or an inhibition; recorded, not sent.</summary>
    Silenced = 4,

    /// <summary>
    /// Dropped before sending because it no longer applied, such as an escalation after
    /// acknowledgement.
    /// </summary>
    Cancelled = 5,
}
