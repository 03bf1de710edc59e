using AiOps.Notifications.Channels;
using AiOps.Notifications.Escalation;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Escalation;

public sealed class EscalationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryChannel _team = new("team");
    private readonly InMemoryChannel _lead = new("lead");
    private readonly InMemoryChannel _manager = new("manager");

    [Fact]
    public async Task CriticalIncident_NotAcknowledged_EscalatesStepByStepThenStops()
    {
        await using var host = await StartAsync();
        var incident = await host.Incidents.ReportAsync(Critical(), Ct);

        await AdvanceAndFireAsync(host, TimeSpan.FromMinutes(5));
        await AdvanceAndFireAsync(host, TimeSpan.FromMinutes(10));
        await AdvanceAndFireAsync(host, TimeSpan.FromMinutes(60));
        await host.WaitForDeliveriesAsync(incident.Id, 3);

        var first = Assert.Single(_lead.Messages).Notification;
        Assert.Equal("1", first.Data["step"]);
        Assert.Equal("2", first.Data["steps"]);
        Assert.Equal("team", first.Data["notified_before"]);
        Assert.Contains("Not acknowledged within 5 min", first.Data["reason"], StringComparison.Ordinal);
        var second = Assert.Single(_manager.Messages).Notification;
        Assert.Equal("team, lead", second.Data["notified_before"]);
        Assert.Null(await host.Store.FindEscalationAsync(incident.Id, Ct));
    }

    [Fact]
    public async Task LowPriorityIncident_OnEscalatingRoute_DoesNotEscalate()
    {
        await using var host = await StartAsync();

        var incident = await host.Incidents.ReportAsync(Critical() with { Level = IncidentLevel.Warning }, Ct);

        Assert.Null(await host.Store.FindEscalationAsync(incident.Id, Ct));
    }

    [Fact]
    public async Task AcknowledgeBeforeDueStep_StepNeverSends()
    {
        await using var host = await StartAsync();
        var incident = await host.Incidents.ReportAsync(Critical(), Ct);

        // The runner also fires on its own when the clock moves, so acknowledge while the step is not yet due.
        _time.Advance(TimeSpan.FromMinutes(4));
        await host.Incidents.AcknowledgeAsync(incident.Id, "alice", Ct);
        await AdvanceAndFireAsync(host, TimeSpan.FromMinutes(1));
        await AdvanceAndFireAsync(host, TimeSpan.FromHours(2));

        Assert.Empty(_lead.Messages);
        Assert.Empty(_manager.Messages);
        Assert.Null(await host.Store.FindEscalationAsync(incident.Id, Ct));
    }

    [Fact]
    public async Task AcknowledgeRacingDueStep_NeverPublishesOrSendsAfterAcknowledgement()
    {
        AcknowledgingPublisher? racer = null;
        await using var host = await StartAsync(services: s =>
        {
            s.AddSingleton<NotificationPublisher>();
            s.AddSingleton<INotificationPublisher>(sp =>
                racer = new AcknowledgingPublisher(sp.GetRequiredService<NotificationPublisher>(), sp));
        });

        // Each reading of the clock moves it on, so the acknowledgement and the step get distinct, ordered times.
        _time.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);
        for (var round = 0; round < 5; round++)
        {
            var incident = await host.Incidents.ReportAsync(Critical() with { Title = $"race {round}" }, Ct);
            racer!.AcknowledgeWhenStepPublishes(incident.Id);
            _time.Advance(TimeSpan.FromMinutes(5));

            await Runner(host).FireDueAsync(Ct);
            await Eventually.TrueAsync(() => racer.Acknowledgement is not null);
            await racer.Acknowledgement!;
            _time.Advance(TimeSpan.FromHours(2));
            await Runner(host).FireDueAsync(Ct);

            Assert.Null(await host.Store.FindEscalationAsync(incident.Id, Ct));
            await AssertNoStepAfterAcknowledgementAsync(host, incident.Id, round);
        }
    }

    [Fact]
    public async Task EscalatedDeliveryQueuedBeforeAcknowledge_IsCancelledNotSent()
    {
        var gate = new TaskCompletionSource();
        var blocking = new InMemoryChannel("lead", async (_, token) =>
        {
            await gate.Task.WaitAsync(token);
            return DeliveryResult.Delivered();
        });
        await using var host = await StartAsync(lead: blocking, oneAtATime: true);
        var first = await host.Incidents.ReportAsync(Critical() with { Title = "first" }, Ct);
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await host.Incidents.ReportAsync(Critical() with { Title = "second" }, Ct);

        await AdvanceAndFireAsync(host, TimeSpan.FromMinutes(4));
        await AdvanceAndFireAsync(host, TimeSpan.FromMinutes(1));
        await host.Incidents.AcknowledgeAsync(second.Id, "alice", Ct);
        gate.SetResult();
        var deliveries = await host.WaitForDeliveriesAsync(second.Id, 2);

        Assert.Contains(deliveries, d => d.Status == DeliveryStatus.Cancelled && d.Channel == "lead");
        Assert.DoesNotContain(blocking.Messages, m => m.Incident!.Id == second.Id);
        Assert.Contains(blocking.Messages, m => m.Incident!.Id == first.Id);
    }

    [Fact]
    public async Task EveryDeliveryFails_NextStepFiresAtOnce()
    {
        var broken = new InMemoryChannel("team", (_, _) => Task.FromResult(DeliveryResult.Permanent("invalid_token", 403)));
        await using var host = await StartAsync(team: broken);

        var incident = await host.Incidents.ReportAsync(Critical(), Ct);

        // The clock stands still, so only the failure can make the step due; the runner's own first pass may
        // fire it too, which is why the test fires until the step's message is there rather than once.
        await Eventually.TrueAsync(async () =>
        {
            await Runner(host).FireDueAsync(Ct);
            return _lead.Messages.Count > 0;
        });
        await host.WaitForDeliveriesAsync(incident.Id, 2);

        var message = Assert.Single(_lead.Messages);
        Assert.Contains("Delivery failed on every channel (team)", message.Notification.Data["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepRateLimited_AcknowledgedDuringRetryAfter_IsCancelledNotSent()
    {
        var calls = 0;
        var lead = new InMemoryChannel("lead", (_, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
            ? DeliveryResult.Transient("rate_limited", 429, TimeSpan.FromSeconds(20))
            : DeliveryResult.Delivered(200)));
        await using var host = await StartAsync(lead: lead);
        var incident = await host.Incidents.ReportAsync(Critical(), Ct);
        await AdvanceAndFireAsync(host, TimeSpan.FromMinutes(5));
        await Eventually.TrueAsync(() => Volatile.Read(ref calls) == 1);

        await host.Incidents.AcknowledgeAsync(incident.Id, "alice", Ct);
        await Eventually.TrueAsync(async () =>
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            var deliveries = await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct);
            return deliveries.Single(d => d.Channel == "lead").Status != DeliveryStatus.Pending;
        });

        var escalated = (await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct))
            .Single(d => d.Channel == "lead");
        Assert.Equal(1, Volatile.Read(ref calls));
        Assert.Empty(lead.Messages);
        Assert.Equal(DeliveryStatus.Cancelled, escalated.Status);
        Assert.Equal(
            "Cancelled: the incident was acknowledged or resolved before the escalation went out", escalated.LastError);
        Assert.Equal(1, escalated.AttemptCount);
    }

    [Fact]
    public async Task StepFiredAgainAfterCrashBeforeNextTimerSaved_IsPublishedOnce()
    {
        await using var host = await StartAsync();
        var incident = await host.Incidents.ReportAsync(Critical(), Ct);
        var beforeFire = (await host.Store.FindEscalationAsync(incident.Id, Ct))!;
        await AdvanceAndFireAsync(host, TimeSpan.FromMinutes(5));
        await Eventually.TrueAsync(async () => (await host.Store.FindEscalationAsync(incident.Id, Ct))!.NextStep == 1);

        // As if the host died after publishing the step and before saving the next timer.
        await host.Store.SaveEscalationAsync(beforeFire, Ct);
        await Runner(host).FireDueAsync(Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 2);

        var steps = (await host.Store.GetNotificationsForIncidentAsync(incident.Id, Ct))
            .Where(n => n.Type == NotificationTypes.IncidentEscalated);
        Assert.Single(steps);
        Assert.Single(_lead.Messages);
        Assert.Equal(1, (await host.Store.FindEscalationAsync(incident.Id, Ct))!.NextStep);
    }

    /// <summary>Asserts that each step of the incident was published, so sent, before the acknowledgement.</summary>
    private async Task AssertNoStepAfterAcknowledgementAsync(EngineHost host, string incidentId, int round)
    {
        var acknowledgedAt = (await host.Store.FindIncidentAsync(incidentId, Ct))!.AcknowledgedAt!.Value;
        var steps = (await host.Store.GetNotificationsForIncidentAsync(incidentId, Ct))
            .Where(n => n.Type == NotificationTypes.IncidentEscalated)
            .ToList();
        var sent = _lead.Messages.Concat(_manager.Messages).Where(m => m.Incident!.Id == incidentId).ToList();

        Assert.True(steps.Count <= 1, $"round {round}: {steps.Count} steps");
        Assert.All(steps, step => Assert.True(
            step.CreatedAt < acknowledgedAt,
            $"round {round}: step published at {step.CreatedAt:O}, after the acknowledgement at {acknowledgedAt:O}"));
        Assert.All(sent, message => Assert.Contains(steps, step => step.Id == message.Notification.Id));
    }

    private static EscalationRunner Runner(EngineHost host) =>
        host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<EscalationRunner>().Single();

    private async Task AdvanceAndFireAsync(EngineHost host, TimeSpan by)
    {
        _time.Advance(by);
        await Runner(host).FireDueAsync(Ct);
    }

    private Task<EngineHost> StartAsync(
        InMemoryChannel? team = null,
        InMemoryChannel? lead = null,
        bool oneAtATime = false,
        Action<IServiceCollection>? services = null) =>
        EngineHost.StartAsync(
            b =>
            {
                b.AddInMemoryChannel(team ?? _team).AddInMemoryChannel(lead ?? _lead).AddInMemoryChannel(_manager);
                services?.Invoke(b.Services);
            },
            o =>
            {
                o.Routing.Routes.Add(new NotificationRouteOptions { Matchers = { "team=\"payments\"" }, Channels = { "team" }, EscalationPolicy = "payments" });
                o.EscalationPolicies["payments"] = new EscalationPolicyOptions
                {
                    Steps =
                    {
                        new EscalationStepOptions { Delay = TimeSpan.FromMinutes(5), Channels = { "lead" } },
                        new EscalationStepOptions { Delay = TimeSpan.FromMinutes(10), Channels = { "manager" } },
                    },
                };
                o.Delivery.ConcurrencyPerChannel = oneAtATime ? 1 : 4;
            },
            _time);

    private static IncidentReport Critical() => new()
    {
        Title = "Checkout down",
        Level = IncidentLevel.Critical,
        Labels = new Dictionary<string, string> { ["team"] = "payments" },
    };
}
