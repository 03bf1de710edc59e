using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Tests.Dispatch;

/// <summary>
/// The last attempt of a delivery was logged as "it will be retried" just before "failed for good", and a run of
/// in-memory retries could go past <c>MaxAttempts</c>.
/// </summary>
public sealed class LastAttemptTests
{
    private const int AttemptFailedEvent = 1021;
    private const int DeliveryFailedEvent = 1022;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Process_LastAttemptFails_LogsNoRetry()
    {
        await using var host = await StartAsync(maxAttempts: 3);

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        var delivery = Assert.Single(await host.WaitForDeliveriesAsync(incident.Id, 1));
        var collector = host.Services.GetFakeLogCollector();
        await Eventually.TrueAsync(() => collector.GetSnapshot().Any(log => log.Id.Id == DeliveryFailedEvent));

        var retries = collector.GetSnapshot().Where(log => log.Id.Id == AttemptFailedEvent).Select(log => log.Message);
        Assert.Equal(
            [
                $"Delivery {delivery.Id} on down failed attempt 1 (500: boom); it will be retried",
                $"Delivery {delivery.Id} on down failed attempt 2 (500: boom); it will be retried",
            ],
            retries);
        Assert.Contains(
            "failed for good after 3 attempt(s) (500: boom)",
            collector.GetSnapshot().Single(log => log.Id.Id == DeliveryFailedEvent).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_MaxAttemptsNotAMultipleOfImmediateAttempts_StopsAtMaxAttempts()
    {
        await using var host = await StartAsync(maxAttempts: 4);

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        await Eventually.TrueAsync(async () =>
            (await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct)).Single().Status == DeliveryStatus.Failed);

        var delivery = (await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct)).Single();
        Assert.Equal(4, delivery.AttemptCount);
        Assert.Equal(4, (await host.Store.GetAttemptsForIncidentAsync(incident.Id, Ct)).Count);
    }

    private static Task<EngineHost> StartAsync(int maxAttempts) => EngineHost.StartAsync(
        b =>
        {
            b.AddInMemoryChannel(
                new InMemoryChannel("down", (_, _) => Task.FromResult(DeliveryResult.Transient("boom", 500))));
            b.Services.AddFakeLogging();
        },
        o =>
        {
            o.Delivery.ImmediateAttempts = 3;
            o.Delivery.MaxAttempts = maxAttempts;
            o.Delivery.OutboxRetryDelay = TimeSpan.FromMilliseconds(1);
            o.Delivery.OutboxPollInterval = TimeSpan.FromMilliseconds(10);
        });
}
