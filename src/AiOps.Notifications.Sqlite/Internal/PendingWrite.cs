using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>One caller's write waiting for the writer, and the task the caller awaits.</summary>
/// <remarks>
/// It starts at most once: the writer claims it with <see cref="TryStart"/>, cancellation claims it while it
/// waits. Continuations run asynchronously so that callers never run on the writer's thread.
/// </remarks>
internal sealed class PendingWrite : TaskCompletionSource
{
    private const int Waiting = 0;
    private const int Started = 1;
    private const int Cancelled = 2;

    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenRegistration _registration;
    private int _state;

    public PendingWrite(Action<PooledConnection, SqliteTransaction> write, CancellationToken cancellationToken)
        : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        Write = write;
        _cancellationToken = cancellationToken;
        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.UnsafeRegister(static state => ((PendingWrite)state!).Cancel(), this);
        }
    }

    public Action<PooledConnection, SqliteTransaction> Write { get; }

    /// <summary>Gets or sets the failure of this write alone; the rest of its batch may still commit.</summary>
    public Exception? Error { get; set; }

    public bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Waiting) == Waiting;

    public void Complete(Exception? batchError)
    {
        _registration.Unregister();
        var error = Error ?? batchError;
        if (error is null)
        {
            TrySetResult();
        }
        else
        {
            TrySetException(error);
        }
    }

    private void Cancel()
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Waiting) == Waiting)
        {
            TrySetCanceled(_cancellationToken);
        }
    }
}
