namespace AiOps.Notifications;

/// <summary>What publishing does when the delivery queue is at its bound.</summary>
public enum QueueFullMode
{
    /// <summary>Wait until there is room (or the call is cancelled).</summary>
    Wait = 0,

    /// <summary>Throw <see cref="QueueFullException"/> at once.</summary>
    FailFast = 1,

    /// <summary>Leave the delivery in the durable outbox; the outbox poller queues it when there is room.</summary>
    SpillToOutbox = 2,
}
