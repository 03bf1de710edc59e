using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>Watches the store for changes that open pages should show, with one poll for all of them.</summary>
/// <remarks>
/// The poll runs every <see cref="PollInterval"/> while at least one page listens, and not at all otherwise, so
/// its cost does not grow with the number of open pages. It reads the store rather than listening to this
/// process's engine, so pages also see changes made by other instances of the host. Thread safe.
/// </remarks>
internal sealed class DashboardChangeFeed(
    INotificationStore store, TimeProvider timeProvider, ILogger<DashboardChangeFeed> logger) : IAsyncDisposable
{
    /// <summary>How often the store is read while a page listens.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private readonly List<ChannelWriter<string>> _listeners = [];
    private readonly CancellationTokenSource _stopping = new();
    private Task _poll = Task.CompletedTask;
    private bool _polling;
    private Snapshot? _last;

    /// <summary>Gets a value indicating whether the poll runs; it stops at its next turn once nobody listens.</summary>
    internal bool IsPolling
    {
        get
        {
            lock (_gate)
            {
                return _polling;
            }
        }
    }

    /// <summary>
    /// Yields a <c>ready</c> event, then a <c>change</c> event each time the stored incidents, deliveries or queue
    /// change; the data of both is the newest incident id.
    /// </summary>
    /// <param name="cancellationToken">Ends the watch (the page went away).</param>
    /// <returns>The events, until <paramref name="cancellationToken"/> is cancelled.</returns>
    public async IAsyncEnumerable<SseItem<string>> WatchAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Only the latest change matters to a page: it fetches itself again, so older signals can go.
        var changes = Channel.CreateBounded<string>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        Subscribe(changes.Writer);
        try
        {
            var current = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
            SetBaseline(current);
            yield return new SseItem<string>(current.Newest ?? "", "ready") { ReconnectionInterval = PollInterval };

            await foreach (var newest in changes.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return new SseItem<string>(newest, "change");
            }
        }
        finally
        {
            Unsubscribe(changes.Writer);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task poll;
        lock (_gate)
        {
            poll = _poll;
        }

        await poll.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private void Subscribe(ChannelWriter<string> listener)
    {
        lock (_gate)
        {
            _listeners.Add(listener);
            if (!_polling && !_stopping.IsCancellationRequested)
            {
                _polling = true;
                _poll = Task.Run(PollAsync);
            }
        }
    }

    private void Unsubscribe(ChannelWriter<string> listener)
    {
        lock (_gate)
        {
            _listeners.Remove(listener);
        }
    }

    /// <summary>
    /// Gives the poll its first state to compare with: what the first listener read after subscribing, so a
    /// change made after that read is not missed.
    /// </summary>
    private void SetBaseline(Snapshot snapshot)
    {
        lock (_gate)
        {
            _last ??= snapshot;
        }
    }

    private async Task PollAsync()
    {
        while (true)
        {
            await Task.Delay(PollInterval, timeProvider, _stopping.Token).ConfigureAwait(false);
            var listeners = ListenersOrStop();
            if (listeners.Length == 0)
            {
                return;
            }

            var next = await TrySnapshotAsync().ConfigureAwait(false);
            if (next is not null && Advance(next))
            {
                foreach (var listener in listeners)
                {
                    listener.TryWrite(next.Newest ?? "");
                }
            }
        }
    }

    /// <summary>Gets the listeners; with none left, stops the poll and forgets its state under the same lock.</summary>
    private ChannelWriter<string>[] ListenersOrStop()
    {
        lock (_gate)
        {
            _polling = _listeners.Count > 0;
            if (!_polling)
            {
                _last = null;
            }

            return [.. _listeners];
        }
    }

    /// <summary>Records <paramref name="next"/> as the last state seen.</summary>
    /// <returns><see langword="true"/> when it differs from the state before.</returns>
    private bool Advance(Snapshot next)
    {
        lock (_gate)
        {
            if (next == _last)
            {
                return false;
            }

            _last = next;
            return true;
        }
    }

    private async Task<Snapshot?> TrySnapshotAsync()
    {
        try
        {
            return await SnapshotAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ChangeFeedReadFailed(logger, ex);
            return null;
        }
    }

    private async Task<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var live = await store.GetLiveCountsAsync(cancellationToken).ConfigureAwait(false);
        var newest = await store.QueryIncidentsAsync(new IncidentQuery { Take = 1 }, cancellationToken)
            .ConfigureAwait(false);
        var first = newest.Items.Count > 0 ? newest.Items[0] : null;
        return new Snapshot(live, newest.Total, first?.Id, first?.LastSeenAt, first?.Status);
    }

    private sealed record Snapshot(
        LiveCounts Live, int Total, string? Newest, DateTimeOffset? LastSeen, IncidentStatus? Status);
}
