using System.Net.ServerSentEvents;
using System.Reflection;
using AiOps.Notifications.Dashboard.Pages;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

public sealed class DashboardChangeFeedTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryNotificationStore _store = new();
    private readonly CountingStore _counting;
    private readonly DashboardChangeFeed _sut;
    private readonly CancellationTokenSource _pagesOpen =
        CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

    public DashboardChangeFeedTests()
    {
        _counting = CountingStore.Over(_store);
        _sut = new DashboardChangeFeed(
            (INotificationStore)(object)_counting, _time, NullLogger<DashboardChangeFeed>.Instance);
    }

    [Fact]
    public async Task WatchAsync_IncidentStored_EveryOpenPageGetsAChangeNamingIt()
    {
        var pages = await OpenPagesAsync(2);

        var incident = await SaveIncidentAsync("Disk full");
        var changes = await Task.WhenAll(pages.Select(NextAfterTicksAsync));

        Assert.All(changes, change =>
        {
            Assert.Equal("change", change.EventType);
            Assert.Equal(incident.Id, change.Data);
        });
    }

    [Fact]
    public async Task WatchAsync_ThreeOpenPages_StoreIsReadOncePerInterval()
    {
        await OpenPagesAsync(3);
        var before = _counting.LiveCountReads;

        await TickUntilAsync(() => _counting.LiveCountReads > before);
        var afterOneTick = _counting.LiveCountReads;
        await TickUntilAsync(() => _counting.LiveCountReads > afterOneTick);

        Assert.Equal(before + 2, _counting.LiveCountReads);
    }

    [Fact]
    public async Task WatchAsync_LastPageClosed_PollStops()
    {
        var pages = await OpenPagesAsync(2);
        var waiting = pages.Select(page => page.MoveNextAsync().AsTask()).ToArray();
        Assert.True(_sut.IsPolling);

        await _pagesOpen.CancelAsync();
        foreach (var wait in waiting)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        }

        await TickUntilAsync(() => !_sut.IsPolling);

        Assert.False(_sut.IsPolling);
    }

    [Fact]
    public async Task WatchAsync_PollsWithoutChange_SendNothingBeforeTheRealChange()
    {
        var page = (await OpenPagesAsync(1))[0];
        var before = _counting.LiveCountReads;
        await TickUntilAsync(() => _counting.LiveCountReads >= before + 3);

        var incident = await SaveIncidentAsync("Queue stuck");
        var change = await NextAfterTicksAsync(page);

        Assert.Equal(incident.Id, change.Data);
    }

    public async ValueTask DisposeAsync()
    {
        await _pagesOpen.CancelAsync();
        await _sut.DisposeAsync();
        _pagesOpen.Dispose();
    }

    /// <summary>Opens pages and reads each one's <c>ready</c> event.</summary>
    private async Task<IAsyncEnumerator<SseItem<string>>[]> OpenPagesAsync(int count)
    {
        var pages = Enumerable.Range(0, count)
            .Select(_ => _sut.WatchAsync(_pagesOpen.Token).GetAsyncEnumerator())
            .ToArray();
        foreach (var page in pages)
        {
            Assert.True(await page.MoveNextAsync());
            Assert.Equal("ready", page.Current.EventType);
        }

        return pages;
    }

    private async Task<Incident> SaveIncidentAsync(string title)
    {
        var now = _time.GetUtcNow();
        var incident = new Incident
        {
            Id = "inc_" + Guid.NewGuid().ToString("N"),
            Fingerprint = title,
            Title = title,
            DetectedAt = now,
            LastSeenAt = now,
        };
        await _store.SaveIncidentAsync(incident, TestContext.Current.CancellationToken);
        return incident;
    }

    /// <summary>Moves the clock one poll interval at a time until the page's next event arrives.</summary>
    private async Task<SseItem<string>> NextAfterTicksAsync(IAsyncEnumerator<SseItem<string>> page)
    {
        var next = page.MoveNextAsync().AsTask();
        await TickUntilAsync(() => next.IsCompleted);
        Assert.True(await next);
        return page.Current;
    }

    /// <summary>
    /// Advances the clock by one poll interval and gives the poll time to run, until the condition holds; the poll
    /// may register its timer just after an advance, so one advance is not always enough.
    /// </summary>
    private async Task TickUntilAsync(Func<bool> condition)
    {
        for (var tick = 0; tick < 20 && !condition(); tick++)
        {
            _time.Advance(DashboardChangeFeed.PollInterval);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            wait.CancelAfter(Patience);
            while (!condition() && !wait.IsCancellationRequested)
            {
                await Task.Delay(5, CancellationToken.None);
            }
        }

        Assert.True(condition(), "The condition did not hold after 20 poll intervals.");
    }

    /// <summary>Passes every call to the real store and counts the live-count reads (one per poll).</summary>
    public class CountingStore : DispatchProxy
    {
        private INotificationStore _inner = null!;
        private int _liveCountReads;

        public int LiveCountReads => Volatile.Read(ref _liveCountReads);

        public static CountingStore Over(INotificationStore inner)
        {
            var proxy = Create<INotificationStore, CountingStore>();
            var counting = (CountingStore)(object)proxy;
            counting._inner = inner;
            return counting;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name == nameof(INotificationStore.GetLiveCountsAsync))
            {
                Interlocked.Increment(ref _liveCountReads);
            }

            return targetMethod.Invoke(_inner, args);
        }
    }
}
