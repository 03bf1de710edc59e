namespace AiOps.Notifications.Sqlite.Tests;

/// <summary>A write that holds the store's writer until released, so that the writes queued meanwhile batch.</summary>
internal sealed class WriterBlock : IDisposable
{
    private readonly ManualResetEventSlim _gate = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WriterBlock(SqliteNotificationStore store, CancellationToken cancellationToken)
    {
        // From another thread: a write that finds the writer idle is committed on its caller's thread.
        Write = Task.Run(
            () => store.WriteAsync(
                (_, _) =>
                {
                    _started.SetResult();
                    _gate.Wait(TestContext.Current.CancellationToken);
                },
                cancellationToken),
            TestContext.Current.CancellationToken);
    }

    /// <summary>Gets the blocking write's task.</summary>
    public Task Write { get; }

    /// <summary>Starts the blocking write and waits until the writer runs it.</summary>
    public static async Task<WriterBlock> StartAsync(
        SqliteNotificationStore store, CancellationToken cancellationToken = default)
    {
        var block = new WriterBlock(store, cancellationToken);
        await block._started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        return block;
    }

    public void Release() => _gate.Set();

    public void Dispose()
    {
        _gate.Set();
        _gate.Dispose();
    }
}
