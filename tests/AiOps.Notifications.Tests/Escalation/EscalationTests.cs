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
    public async Task AcknowledgeRacingDueStep_NeverSendsAfterAcknowledgement()
    {
        await using var host = await StartAsync();
        for (var round = 0; round < 40; round++)
        {
            var incident = await host.Incidents.ReportAsync(Critical() with { Title = $"race {round}" }, Ct);
            _time.Advance(TimeSpan.FromMinutes(5));

            await Task.WhenAll(
                Task.Run(() => Runner(host).FireDueAsync(Ct), Ct),
                Task.Run(() => host.Incidents.AcknowledgeAsync(incident.Id, "alice", Ct), Ct));
            _time.Advance(TimeSpan.FromHours(2));
            await Runner(host).FireDueAsync(Ct);

            Assert.Null(await host.Store.FindEscalationAsync(incident.Id, Ct));
            var escalated = (await host.Store.GetNotificationsForIncidentAsync(incident.Id, Ct))
                .Count(n => n.Type == NotificationTypes.IncidentEscalated);
            Assert.True(escalated <= 1, $"round {round}: {escalated} escalations after acknowledgement");
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
        while ((await host.Store.FindEscalationAsync(incident.Id, Ct))?.Reason is null)
        {
            await Task.Delay(10, Ct);
        }

        await Runner(host).FireDueAsync(Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 2);

        var message = Assert.Single(_lead.Messages);
        Assert.Contains("Delivery failed on every channel (team)", message.Notification.Data["reason"], StringComparison.Ordinal);
    }

    private static EscalationRunner Runner(EngineHost host) =>
        host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<EscalationRunner>().Single();

    private async Task AdvanceAndFireAsync(EngineHost host, TimeSpan by)
    {
        _time.Advance(by);
        await Runner(host).FireDueAsync(Ct);
    }

    private Task<EngineHost> StartAsync(InMemoryChannel? team = null, InMemoryChannel? lead = null, bool oneAtATime = false) =>
        EngineHost.StartAsync(
            b => b.AddInMemoryChannel(team ?? _team).AddInMemoryChannel(lead ?? _lead).AddInMemoryChannel(_manager),
            o =>
            {
                o.Routing.Routes.Add(new RouteOptions { Matchers = { "team=\"payments\"" }, Channels = { "team" }, EscalationPolicy = "payments" });
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
