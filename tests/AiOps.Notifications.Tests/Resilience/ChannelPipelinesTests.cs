using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Resilience;

public sealed class ChannelPipelinesTests
{
    private const string CircuitOpen = "Circuit open: the channel failed repeatedly.";

    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UnixEpoch.AddYears(56));

    private int _calls;

    private volatile bool _failing = true;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Process_ConfiguredFailuresReached_NextDeliveryIsNotSentAndRecordsCircuitOpen()
    {
        await using var sut = await CreateSutAsync();
        await ReportAndWaitForOutcomeAsync(sut, "first");
        await ReportAndWaitForOutcomeAsync(sut, "second");

        var delivery = await ReportAndWaitForOutcomeAsync(sut, "third");

        Assert.Equal(2, Volatile.Read(ref _calls));
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(CircuitOpen, delivery.LastError);
        Assert.Equal(0, delivery.AttemptCount);
        Assert.Empty(await sut.Store.GetAttemptsForIncidentAsync(delivery.IncidentId!, Ct));
    }

    [Fact]
    public async Task Process_BreakDurationPassed_SendsAgainAndCloses()
    {
        await using var sut = await CreateSutAsync();
        await ReportAndWaitForOutcomeAsync(sut, "first");
        await ReportAndWaitForOutcomeAsync(sut, "second");
        var shortCircuited = await ReportAndWaitForOutcomeAsync(sut, "third");
        _failing = false;

        _time.Advance(BreakDuration);
        var probe = await ReportAndWaitForOutcomeAsync(sut, "fourth");
        var after = await ReportAndWaitForOutcomeAsync(sut, "fifth");

        Assert.Equal(CircuitOpen, shortCircuited.LastError);
        Assert.Equal(DeliveryStatus.Delivered, probe.Status);
        Assert.Equal(DeliveryStatus.Delivered, after.Status);
        Assert.Equal(4, Volatile.Read(ref _calls));
    }

    /// <summary>
    /// Starts the engine with a breaker that opens after two transient failures, far from the defaults (8 attempts,
    /// half of them failed), and an outbox that never retries during the test.
    /// </summary>
    private async Task<EngineHost> CreateSutAsync()
    {
        var channel = new InMemoryChannel("pager", (_, _) =>
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(_failing
                ? DeliveryResult.Transient("503 Service Unavailable", 503)
                : DeliveryResult.Delivered(200));
        });

        return await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(channel),
            o =>
            {
                o.Delivery.ImmediateAttempts = 1;
                o.Delivery.OutboxRetryDelay = TimeSpan.FromHours(1);
                o.Delivery.OutboxPollInterval = TimeSpan.FromHours(1);
                o.Delivery.BreakerFailureRatio = 1;
                o.Delivery.BreakerMinimumThroughput = 2;
                o.Delivery.BreakerSamplingDuration = TimeSpan.FromSeconds(10);
                o.Delivery.BreakerBreakDuration = BreakDuration;
            },
            _time);
    }

    /// <summary>Reports an incident and waits until its one delivery was delivered or went back to the outbox.</summary>
    private static async Task<Delivery> ReportAndWaitForOutcomeAsync(EngineHost host, string title)
    {
        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = title }, Ct);

        Delivery? delivery = null;
        await Eventually.TrueAsync(async () =>
        {
            var deliveries = await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct);
            delivery = deliveries.SingleOrDefault(d => d.Status != DeliveryStatus.Pending || d.LastError is not null);
            return delivery is not null;
        });
        return delivery!;
    }
}
