using AiOps.Notifications.Channels;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Tests.Support;

namespace AiOps.Notifications.Tests.Incidents;

/// <summary>A report waiting for queue room in Wait mode holds no incident lock while it waits.</summary>
public sealed class ReportWaitTests : IAsyncLifetime
{
    private const int Stripes = 128;
    private const string TargetFingerprint = "target";

    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _sending = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private EngineHost _host = null!;
    private Incident _target = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // One worker held by the target's message, and room for one more delivery: the third report waits.
        var channel = new InMemoryChannel("team", async (_, token) =>
        {
            _sending.TrySetResult();
            await _gate.Task.WaitAsync(token);
            return DeliveryResult.Delivered();
        });
        _host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel), o =>
        {
            o.Queue.Capacity = 1;
            o.Queue.FullMode = QueueFullMode.Wait;
            o.Delivery.ConcurrencyPerChannel = 1;
            o.Delivery.OutboxPollInterval = TimeSpan.FromMilliseconds(50);
        });
        _target = await _host.Incidents.ReportAsync(Report("target", TargetFingerprint), Ct);
        await _sending.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        await _host.Incidents.ReportAsync(Report("second", "second"), Ct);
    }

    public async ValueTask DisposeAsync()
    {
        _gate.TrySetResult();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task AcknowledgeAsync_ReportOnSameStripeWaitsForRoom_CompletesWhileTheReportWaits()
    {
        var reporting = _host.Incidents.ReportAsync(Report("waiting", SameStripeAs(TargetFingerprint)), Ct);
        await NotificationStoredAsync("waiting");

        var acknowledged = await _host.Incidents.AcknowledgeAsync(_target.Id, "ana", Ct)
            .WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.Equal(IncidentStatus.Acknowledged, acknowledged!.Status);
        Assert.False(reporting.IsCompleted);
        _gate.SetResult();
        var waiting = await reporting.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(await _host.WaitForDeliveriesAsync(waiting.Id, 1)).Status);
    }

    /// <summary>Finds a fingerprint that shares the incident lock's stripe with another.</summary>
    private static string SameStripeAs(string fingerprint)
    {
        var stripe = Stripe(fingerprint);
        return Enumerable.Range(0, 100_000).Select(i => $"mate-{i}").First(f => Stripe(f) == stripe);
    }

    private static int Stripe(string key) => (StringComparer.Ordinal.GetHashCode(key) & int.MaxValue) % Stripes;

    private Task NotificationStoredAsync(string title) => Eventually.TrueAsync(async () =>
        (await _host.Store.QueryNotificationsAsync(new NotificationQuery(), Ct)).Items.Any(n => n.Title == title));

    private static IncidentReport Report(string title, string fingerprint) =>
        new() { Title = title, Fingerprint = fingerprint, Level = IncidentLevel.Critical };
}
