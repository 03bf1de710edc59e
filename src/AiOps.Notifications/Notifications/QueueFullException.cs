namespace AiOps.Notifications;

/// <summary>
/// Thrown by publishing when the delivery queue is full and its mode is <see
/// cref="QueueFullMode.FailFast"/>.
/// </summary>
public sealed class QueueFullException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="QueueFullException"/> class.</summary>
    public QueueFullException()
        : base("The delivery queue is full. Raise AiOps:Queue:Capacity, or ask for Wait or SpillToOutbox (the "
            + "call's WhenQueueFull or AiOps:Queue:FullMode).")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="QueueFullException"/> class.</summary>
    /// <param name="message">The message.</param>
    public QueueFullException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="QueueFullException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public QueueFullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
