using AiOps.Notifications.Channels;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Tests.Support;

namespace AiOps.Notifications.Tests.Dispatch;

/// <summary>What the engine does with a full queue: fail-fast refuses before storing, stored work is never refused.</summary>
public sealed class QueueFullTests : IAsyncLifetime
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _sending = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private InMemoryChannel _channel = null!;
    private EngineHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // One worker held by the first message, and room for one more delivery: the third is one too many.
        _channel = new InMemoryChannel("team", async (_, token) =>
        {
            _sending.TrySetResult();
            await _gate.Task.WaitAsync(token);
            return DeliveryResult.Delivered();
        });
        _host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(_channel),
            o =>
            {
                o.Queue.Capacity = 1;
                o.Queue.FullMode = QueueFullMode.FailFast;
                o.Delivery.ConcurrencyPerChannel = 1;
                o.Delivery.OutboxPollInterval = TimeSpan.FromMilliseconds(50);
            });
        await _host.Incidents.ReportAsync(Report("first"), Ct);
        await _sending.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        await _host.Incidents.ReportAsync(Report("second"), Ct);
    }

    public async ValueTask DisposeAsync()
    {
        _gate.TrySetResult();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task ReportAsync_QueueFullAndFailFast_ThrowsAndStoresNothing()
    {
        await Assert.ThrowsAsync<QueueFullException>(() => _host.Incidents.ReportAsync(Report("third"), Ct));

        var stored = await _host.Store.QueryIncidentsAsync(new IncidentQuery(), Ct);
        Assert.Equal(["second", "first"], stored.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task ReportAsync_SameReportFoldedWhileFull_IsRefusedWithoutCounting()
    {
        await Assert.ThrowsAsync<QueueFullException>(() => _host.Incidents.ReportAsync(Report("second"), Ct));

        var second = (await _host.Store.QueryIncidentsAsync(new IncidentQuery(), Ct)).Items.Single(i => i.Title == "second");
        Assert.Equal(1, second.OccurrenceCount);
    }

    [Fact]
    public async Task ReportAsync_CallAsksToSpill_IsStoredAndSentWhenThereIsRoom()
    {
        var third = await _host.Incidents.ReportAsync(Report("third") with { WhenQueueFull = QueueFullMode.SpillToOutbox }, Ct);

        var waiting = Assert.Single(await _host.Store.GetDeliveriesForIncidentAsync(third.Id, Ct));
        Assert.Equal(DeliveryStatus.Pending, waiting.Status);
        _gate.SetResult();
        var delivered = await _host.WaitForDeliveriesAsync(third.Id, 1);
        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(delivered).Status);
    }

    [Fact]
    public async Task PublishAsync_QueueFullAndFailFast_ThrowsAndStoresNothing()
    {
        var request = new NotificationRequest { Type = NotificationTypes.Test, Title = "hello", Channels = ["team"] };

        await Assert.ThrowsAsync<QueueFullException>(() => _host.Publisher.PublishAsync(request, Ct));

        var page = await _host.Store.QueryNotificationsAsync(new NotificationQuery(), Ct);
        Assert.DoesNotContain(page.Items, n => n.Title == "hello");
    }

    [Fact]
    public async Task ResolveAsync_QueueFullAndFailFast_IsAppliedAndItsNotificationWaitsInTheOutbox()
    {
        var first = (await _host.Store.QueryIncidentsAsync(new IncidentQuery(), Ct)).Items.Single(i => i.Title == "first");

        var resolved = await _host.Incidents.ResolveAsync(first.Id, "ana", Ct);

        Assert.Equal(IncidentStatus.Resolved, resolved!.Status);
        var notifications = await _host.Store.GetNotificationsForIncidentAsync(first.Id, Ct);
        Assert.Contains(notifications, n => n.Type == NotificationTypes.IncidentResolved);
    }

    private static IncidentReport Report(string title) => new() { Title = title, Level = IncidentLevel.Critical };
}
