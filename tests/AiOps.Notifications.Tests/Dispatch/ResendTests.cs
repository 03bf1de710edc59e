using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;

namespace AiOps.Notifications.Tests.Dispatch;

public sealed class ResendTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResendAsync_FailedDelivery_DeliversWithSameIdAndContinuedAttempts()
    {
        var broken = true;
        var channel = new InMemoryChannel("memory", (_, _) => Task.FromResult(Volatile.Read(ref broken)
            ? DeliveryResult.Permanent("channel_not_found", 404)
            : DeliveryResult.Delivered(200)));
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel));
        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        var failed = Assert.Single(await host.WaitForDeliveriesAsync(incident.Id, 1));

        Volatile.Write(ref broken, false);
        var requeued = await host.Publisher.ResendAsync(failed.Id, Ct);
        var delivered = Assert.Single(await host.WaitForDeliveriesAsync(incident.Id, 1));

        Assert.Equal(DeliveryStatus.Pending, requeued!.Status);
        Assert.Equal(failed.Id, delivered.Id);
        Assert.Equal(DeliveryStatus.Delivered, delivered.Status);
        var attempts = await host.Store.GetAttemptsForIncidentAsync(incident.Id, Ct);
        Assert.Equal([1, 2], attempts.Select(a => a.Number));
    }

    [Fact]
    public async Task ResendAsync_DeliveredDelivery_ThrowsNamingStatus()
    {
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(new InMemoryChannel("memory")));
        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        var delivered = Assert.Single(await host.WaitForDeliveriesAsync(incident.Id, 1));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Publisher.ResendAsync(delivered.Id, Ct));

        Assert.Contains("Delivered", error.Message, StringComparison.Ordinal);
        Assert.Null(await host.Publisher.ResendAsync("dlv_missing", Ct));
    }
}
