using System.Net;
using System.Net.Http.Headers;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Dispatch;

public sealed class DeliveryProcessorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Process_TransientThenSuccess_RetriesAndRecordsEveryAttempt()
    {
        var calls = 0;
        var channel = new InMemoryChannel("flaky", (_, _) => Task.FromResult(Interlocked.Increment(ref calls) < 3
            ? DeliveryResult.Transient("503 Service Unavailable", 503)
            : DeliveryResult.Delivered(200)));
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel));

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        var delivery = Assert.Single(await host.WaitForDeliveriesAsync(incident.Id, 1));

        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(3, delivery.AttemptCount);
        var attempts = await host.Store.GetAttemptsForIncidentAsync(incident.Id, Ct);
        Assert.Equal([1, 2, 3], attempts.Select(a => a.Number).Order());
        Assert.Equal(2, attempts.Count(a => a is { Outcome: AttemptOutcome.TransientFailure, StatusCode: 503 }));
    }

    [Fact]
    public async Task Process_PermanentFailure_FailsWithoutRetryAndKeepsReason()
    {
        var channel = new InMemoryChannel("broken", (_, _) =>
            Task.FromResult(DeliveryResult.Permanent("invalid_payload", 400)));
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel));

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        var delivery = Assert.Single(await host.WaitForDeliveriesAsync(incident.Id, 1));

        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Equal(1, delivery.AttemptCount);
        Assert.Equal("invalid_payload", delivery.LastError);
    }

    [Fact]
    public async Task Process_OneChannelFailsAndHangs_OtherChannelStillDelivers()
    {
        var hanging = new InMemoryChannel("hanging", async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return DeliveryResult.Delivered();
        });
        var healthy = new InMemoryChannel("healthy");
        await using var host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(hanging).AddInMemoryChannel(healthy),
            o => o.Delivery.AttemptTimeout = TimeSpan.FromMinutes(5));

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        await Eventually.TrueAsync(() => healthy.Messages.Count == 1);

        var deliveries = await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct);
        Assert.Equal(DeliveryStatus.Delivered, deliveries.Single(d => d.Channel == "healthy").Status);
        Assert.Equal(DeliveryStatus.Pending, deliveries.Single(d => d.Channel == "hanging").Status);
    }

    [Fact]
    public async Task Process_AttemptHangsPastTimeout_RecordsTimeoutThenRetriesAndDelivers()
    {
        var calls = 0;
        var channel = new InMemoryChannel("slow", async (_, token) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Task.Delay(Timeout.Infinite, token);
            }

            return DeliveryResult.Delivered();
        });
        await using var host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(channel),
            o => o.Delivery.AttemptTimeout = TimeSpan.FromMilliseconds(200));

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        await Eventually.TrueAsync(async () => (await host.Store.GetAttemptsForIncidentAsync(incident.Id, Ct)).Count == 2);

        var attempts = await host.Store.GetAttemptsForIncidentAsync(incident.Id, Ct);
        Assert.Equal([AttemptOutcome.TransientFailure, AttemptOutcome.Delivered], attempts.Select(a => a.Outcome));
        Assert.Equal("Timed out after 0.2 s.", attempts[0].Detail);
        Assert.Equal(2, channel.Messages.Single().AttemptNumber);
    }

    [Fact]
    public async Task Process_ReminderOfAnIncidentAcknowledgedMeanwhile_IsCancelledNotSent()
    {
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel));
        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "disk full" }, Ct);
        await Eventually.TrueAsync(() => channel.Messages.Count == 1);
        await host.Incidents.AcknowledgeAsync(incident.Id, "ana", Ct);

        var reminder = await host.Publisher.PublishAsync(
            new NotificationRequest
            {
                Type = NotificationTypes.IncidentDetected,
                Title = "disk full",
                IncidentId = incident.Id,
                Data = new Dictionary<string, string> { ["repeat"] = "true" },
            },
            Ct);
        await Eventually.TrueAsync(async () => (await host.Store.GetDeliveriesForNotificationAsync(reminder.Id, Ct))
            .All(d => d.Status == DeliveryStatus.Cancelled));

        var delivery = (await host.Store.GetDeliveriesForNotificationAsync(reminder.Id, Ct)).Single();
        Assert.Equal("Cancelled: the incident was acknowledged or resolved before the reminder went out", delivery.LastError);
        Assert.Single(channel.Messages);
    }

    [Fact]
    public async Task Process_TransientExhausted_MovesToOutboxWithNextAttempt()
    {
        var channel = new InMemoryChannel("down", (_, _) =>
            Task.FromResult(DeliveryResult.Transient("connection refused")));
        await using var host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(channel),
            o => o.Delivery.OutboxRetryDelay = TimeSpan.FromHours(1));

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        await Eventually.TrueAsync(async () =>
            (await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct)).Single().AttemptCount == 3);

        var delivery = (await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct)).Single();
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.True(delivery.NextAttemptAt > DateTimeOffset.UtcNow.AddMinutes(59));
        Assert.Equal("connection refused", delivery.LastError);
    }

    [Fact]
    public async Task Process_RetryAfterAboveCap_SkipsImmediateRetriesAndHonoursWait()
    {
        var channel = new InMemoryChannel("limited", (_, _) =>
            Task.FromResult(DeliveryResult.Transient("rate_limited", 429, TimeSpan.FromMinutes(10))));
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel));

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        await Eventually.TrueAsync(async () =>
            (await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct)).Single().AttemptCount == 1);

        var delivery = (await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct)).Single();
        Assert.Single(await host.Store.GetAttemptsForIncidentAsync(incident.Id, Ct));
        Assert.True(delivery.NextAttemptAt > DateTimeOffset.UtcNow.AddMinutes(9));
    }

    [Fact]
    public async Task Process_429WithRetryAfter_NeverRetriesBeforeTheWait()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var calls = 0;
        var channel = new InMemoryChannel("slack", (_, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
            ? DeliveryResult.Transient("rate_limited", 429, TimeSpan.FromSeconds(20))
            : DeliveryResult.Delivered(200)));
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel), timeProvider: time);

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        await Eventually.TrueAsync(() => Volatile.Read(ref calls) == 1);

        // Step the clock a second at a time: the retry may only come once 20 s have passed.
        while (Volatile.Read(ref calls) < 2)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5, Ct);
        }

        var delivery = Assert.Single(await host.WaitForDeliveriesAsync(incident.Id, 1));
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        var attempts = await host.Store.GetAttemptsForIncidentAsync(incident.Id, Ct);
        Assert.True(attempts[1].StartedAt - attempts[0].StartedAt >= TimeSpan.FromSeconds(20));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Process_429WithRetryAfterZeroOrPastDate_WaitsAtLeastOneSecond(bool asPastDate)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var calls = 0;
        var channel = new InMemoryChannel("slack", (_, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
            ? RateLimited(time, asPastDate)
            : DeliveryResult.Delivered(200)));
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel), timeProvider: time);

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        await Eventually.TrueAsync(() => Volatile.Read(ref calls) >= 1);
        await Eventually.TrueAsync(() =>
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            return Volatile.Read(ref calls) >= 2;
        });

        await host.WaitForDeliveriesAsync(incident.Id, 1);
        var attempts = await host.Store.GetAttemptsForIncidentAsync(incident.Id, Ct);
        Assert.Equal(2, attempts.Count);
        Assert.True(
            attempts[1].StartedAt - attempts[0].StartedAt >= TimeSpan.FromSeconds(1),
            $"retried after {attempts[1].StartedAt - attempts[0].StartedAt}");
    }

    [Fact]
    public async Task Process_RetryAfterOfThirtyDays_ParksNoLongerThanMaxOutboxDelay()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var channel = new InMemoryChannel("limited", (_, _) =>
            Task.FromResult(DeliveryResult.Transient("rate_limited", 429, TimeSpan.FromDays(30))));
        await using var host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(channel),
            o => o.Delivery.MaxOutboxDelay = TimeSpan.FromHours(2),
            time);

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        await Eventually.TrueAsync(async () =>
            (await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct)).Single().AttemptCount == 1);

        var delivery = (await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct)).Single();
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromHours(2), delivery.NextAttemptAt);
    }

    [Fact]
    public async Task Process_AttemptsFail_LogsTheReasonOfEachFailure()
    {
        var calls = 0;
        var channel = new InMemoryChannel("team", (_, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
            ? DeliveryResult.Transient("Network error: ConnectionRefused")
            : DeliveryResult.Permanent("invalid_token", 403)));
        await using var host = await EngineHost.StartAsync(b =>
        {
            b.AddInMemoryChannel(channel);
            b.Services.AddFakeLogging();
        });

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 1);

        // The final outcome is logged just after it is stored.
        var collector = host.Services.GetFakeLogCollector();
        await Eventually.TrueAsync(() => collector.GetSnapshot().Any(l => l.Id.Id == 1022));
        var logs = collector.GetSnapshot();
        Assert.Contains(logs, l => l.Id.Id == 1021 && l.Message.Contains("(Network error: ConnectionRefused)", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Id.Id == 1022 && l.Message.Contains("(403: invalid_token)", StringComparison.Ordinal));
    }

    private static DeliveryResult RateLimited(TimeProvider time, bool asPastDate)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = asPastDate
            ? new RetryConditionHeaderValue(time.GetUtcNow().AddMinutes(-5))
            : new RetryConditionHeaderValue(TimeSpan.Zero);
        return HttpDeliveryResults.FromResponse(response, "rate_limited", time);
    }
}
