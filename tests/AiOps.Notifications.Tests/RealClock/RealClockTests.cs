using AiOps.Notifications.Channels;
using AiOps.Notifications.Escalation;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiOps.Notifications.Tests.RealClock;

/// <summary>
/// One end-to-end test per timed behaviour on <see cref="TimeProvider.System"/>, so the timers the fake clock
/// stands in for also fire for real. Durations stay in the hundreds of milliseconds; waits have generous limits.
/// </summary>
public sealed class RealClockTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    [Fact]
    public async Task Escalation_StepDueThenAcknowledged_NotifiesStepAfterItsDelayAndNeverTheNext()
    {
        var lead = new InMemoryChannel("lead");
        var manager = new InMemoryChannel("manager");
        await using var sut = await CreateSut(
            b => b.AddInMemoryChannel(new InMemoryChannel("team")).AddInMemoryChannel(lead).AddInMemoryChannel(manager),
            EscalateToLeadThenManager);

        var critical = Report("Checkout down") with { Level = IncidentLevel.Critical };
        var incident = await sut.Incidents.ReportAsync(critical, Ct);
        await Eventually.TrueAsync(() => lead.Messages.Count == 1);
        await Eventually.TrueAsync(async () => (await sut.Store.FindEscalationAsync(incident.Id, Ct))?.NextStep == 1);
        var secondDueAt = (await sut.Store.FindEscalationAsync(incident.Id, Ct))!.DueAt;
        await sut.Incidents.AcknowledgeAsync(incident.Id, "alice", Ct);
        await Eventually.TrueAsync(async () => await sut.Store.FindEscalationAsync(incident.Id, Ct) is null);

        // Past the second step's time, one more pass of the runner must find nothing left to fire.
        await UntilAsync(secondDueAt);
        await sut.Services.GetServices<IHostedService>().OfType<EscalationRunner>().Single().FireDueAsync(Ct);

        var step = (await sut.WaitForDeliveriesAsync(incident.Id, 2)).Single(d => d.Channel == "lead");
        await Eventually.TrueAsync(async () =>
            (await sut.Store.GetAttemptsForDeliveriesAsync([step.Id], Ct)).Count > 0);
        var attempt = Assert.Single(await sut.Store.GetAttemptsForDeliveriesAsync([step.Id], Ct));
        var created = step.CreatedAt - incident.DetectedAt;
        var started = attempt.StartedAt - incident.DetectedAt;
        Assert.True(created >= Short, $"step created {created} after detection");
        Assert.True(started >= Short, $"step sent {started} after detection");
        var escalated = (await sut.Store.GetNotificationsForIncidentAsync(incident.Id, Ct))
            .Where(n => n.Type == NotificationTypes.IncidentEscalated);
        Assert.Equal("1", Assert.Single(escalated).Data["step"]);
        Assert.Empty(manager.Messages);
    }

    [Fact]
    public async Task Retry_TransientTwiceThenDelivered_DeliversOnThirdAttemptAfterBackoff()
    {
        var baseDelay = TimeSpan.FromMilliseconds(100);
        var calls = 0;
        var channel = new InMemoryChannel("memory", (_, _) => Task.FromResult(
            Interlocked.Increment(ref calls) <= 2
                ? DeliveryResult.Transient("Service Unavailable", 503)
                : DeliveryResult.Delivered()));
        await using var sut = await CreateSut(
            b => b.AddInMemoryChannel(channel), o => o.Delivery.RetryBaseDelay = baseDelay);

        var incident = await sut.Incidents.ReportAsync(Report("Checkout slow"), Ct);
        var delivery = Assert.Single(await sut.WaitForDeliveriesAsync(incident.Id, 1));
        await Eventually.TrueAsync(async () =>
            (await sut.Store.GetAttemptsForIncidentAsync(incident.Id, Ct)).Count == 3);

        var attempts = (await sut.Store.GetAttemptsForIncidentAsync(incident.Id, Ct)).OrderBy(a => a.Number).ToList();
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(3, delivery.AttemptCount);
        Assert.Equal(
            [AttemptOutcome.TransientFailure, AttemptOutcome.TransientFailure, AttemptOutcome.Delivered],
            attempts.Select(a => a.Outcome));
        Assert.All(attempts.Zip(attempts.Skip(1)), pair => Assert.True(pair.Second.StartedAt > pair.First.StartedAt));

        // Polly's decorrelated jitter may make one retry almost immediate, but the first two waits together are at
        // least 2 tanh(2) / 1.4, about 1.38, times the base delay; the base delay itself is the safe bound.
        var span = attempts[2].StartedAt - attempts[0].StartedAt;
        Assert.True(span >= baseDelay, $"three attempts within {span}");
    }

    [Fact]
    public async Task Grouping_TwoIncidentsInsideGroupWait_GoOutAsOneMessageListingBoth()
    {
        var sentAt = new List<DateTimeOffset>();
        var channel = new InMemoryChannel("memory", (_, _) =>
        {
            lock (sentAt)
            {
                sentAt.Add(Now);
            }

            return Task.FromResult(DeliveryResult.Delivered());
        });
        await using var sut = await CreateSut(b => b.AddInMemoryChannel(channel), o =>
        {
            o.Routing.GroupBy.Add("team");
            o.Routing.GroupWait = Short;
            o.Delivery.OutboxPollInterval = TimeSpan.FromMilliseconds(100);
        });

        var first = await sut.Incidents.ReportAsync(Report("Payments error 1"), Ct);
        var second = await sut.Incidents.ReportAsync(Report("Payments error 2"), Ct);
        await sut.WaitForDeliveriesAsync(first.Id, 1);
        await sut.WaitForDeliveriesAsync(second.Id, 1);

        var message = Assert.Single(channel.Messages);
        Assert.Equal("2", message.Notification.Data["group_count"]);
        Assert.Contains("Payments error 1", message.Notification.Data["group_items"], StringComparison.Ordinal);
        Assert.Contains("Payments error 2", message.Notification.Data["group_items"], StringComparison.Ordinal);
        var waited = sentAt[0] - first.DetectedAt;
        Assert.True(waited >= Short, $"group sent {waited} after the first incident");
    }

    [Fact]
    public async Task Silence_EndingSoon_HoldsIncidentBeforeItsEndAndDeliversOneAfter()
    {
        var channel = new InMemoryChannel("memory");
        await using var sut = await CreateSut(b => b.AddInMemoryChannel(channel));
        var silences = sut.Services.GetRequiredService<ISilenceManager>();
        var silence = await silences.CreateAsync(["team=\"payments\""], null, Now + Short, "ops", "deploy", Ct);

        var held = await sut.Incidents.ReportAsync(Report("During the deploy"), Ct);
        var heldDelivery = Assert.Single(await sut.WaitForDeliveriesAsync(held.Id, 1));
        await UntilAsync(silence.EndsAt);
        var sent = await sut.Incidents.ReportAsync(Report("After the deploy"), Ct);
        var sentDelivery = Assert.Single(await sut.WaitForDeliveriesAsync(sent.Id, 1));

        Assert.Equal(DeliveryStatus.Silenced, heldDelivery.Status);
        Assert.True(heldDelivery.CreatedAt < silence.EndsAt);
        Assert.Equal(DeliveryStatus.Delivered, sentDelivery.Status);
        Assert.True(sentDelivery.CreatedAt >= silence.EndsAt);
        Assert.Equal(sent.Id, Assert.Single(channel.Messages).Incident!.Id);
        Assert.Empty(await silences.ListAsync(includeExpired: false, Ct));
    }

    [Fact]
    public async Task QueueAging_LowWaitedPastAging_LeavesBeforeNewerCritical()
    {
        var aging = TimeSpan.FromMilliseconds(100);
        var gate = new TaskCompletionSource();
        var channel = new InMemoryChannel("memory", async (message, token) =>
        {
            if (message.Notification.Title == "blocker")
            {
                await gate.Task.WaitAsync(token);
            }

            return DeliveryResult.Delivered();
        });
        await using var sut = await CreateSut(b => b.AddInMemoryChannel(channel), o =>
        {
            o.Queue.AgingInterval = aging;
            o.Delivery.ConcurrencyPerChannel = 1;
        });
        await PublishAsync(sut, "blocker", NotificationPriority.Critical);
        await PublishAsync(sut, "old-low", NotificationPriority.Low);
        var lowQueuedBy = Now;

        // Three intervals lift Low to Critical; the fourth is margin. Then the older item wins the tie.
        await UntilAsync(lowQueuedBy + (4 * aging));
        await PublishAsync(sut, "new-critical", NotificationPriority.Critical);
        gate.SetResult();
        await Eventually.TrueAsync(() => channel.Messages.Count == 3);

        Assert.Equal(["blocker", "old-low", "new-critical"], channel.Messages.Select(m => m.Notification.Title));
    }

    private static Task<EngineHost> CreateSut(
        Action<AiOpsNotificationsBuilder> channels, Action<AiOpsNotificationsOptions>? options = null) =>
        EngineHost.StartAsync(channels, options);

    private static void EscalateToLeadThenManager(AiOpsNotificationsOptions options)
    {
        options.Routing.Routes.Add(new NotificationRouteOptions { Channels = { "team" }, EscalationPolicy = "payments" });
        options.EscalationPolicies["payments"] = new EscalationPolicyOptions
        {
            Steps =
            {
                new EscalationStepOptions { Delay = Short, Channels = { "lead" } },
                new EscalationStepOptions { Delay = Short, Channels = { "manager" } },
            },
        };
    }

    private static Task UntilAsync(DateTimeOffset time) => Eventually.TrueAsync(() => Now >= time);

    private static Task<Notification> PublishAsync(EngineHost sut, string title, NotificationPriority priority) =>
        sut.Publisher.PublishAsync(new NotificationRequest { Type = "test", Title = title, Priority = priority }, Ct);

    private static IncidentReport Report(string title) => new()
    {
        Title = title,
        Component = "checkout",
        Labels = new Dictionary<string, string> { ["team"] = "payments" },
    };
}
