using System.Globalization;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Escalation;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Escalation;

/// <summary>
/// A stored escalation whose next step is past the end of its policy (the policy lost steps across a restart)
/// threw on every poll and was retried forever.
/// </summary>
public sealed class EscalationPolicyChangedTests
{
    private const int PolicyChangedEvent = 1044;
    private const int EscalationFailedEvent = 1042;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryChannel _team = new("team");
    private readonly InMemoryChannel _lead = new("lead");

    [Fact]
    public async Task FireDue_NextStepPastTheEndAndNoRepeat_EndsTheEscalationAndWarnsOnce()
    {
        await using var host = await StartAsync(repeat: 0);
        var incident = await host.Incidents.ReportAsync(Critical(), Ct);
        await StoreStepAsync(host, incident.Id, nextStep: 3, round: 0);

        await FireTwiceAsync(host);

        Assert.Null(await host.Store.FindEscalationAsync(incident.Id, Ct));
        Assert.Empty(_lead.Messages);
        var warning = Assert.Single(Logged(host, PolicyChangedEvent));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(
            "step 4 of round 1 is gone (the policy has 1 step(s)", warning.Message, StringComparison.Ordinal);
        Assert.Empty(Logged(host, EscalationFailedEvent));
    }

    [Fact]
    public async Task FireDue_NextStepPastTheEndWithRoundsLeft_StartsTheNextRound()
    {
        await using var host = await StartAsync(repeat: 1);
        var incident = await host.Incidents.ReportAsync(Critical(), Ct);
        await StoreStepAsync(host, incident.Id, nextStep: 3, round: 0);
        var firedAt = _time.GetUtcNow();

        await FireTwiceAsync(host);

        var state = await host.Store.FindEscalationAsync(incident.Id, Ct);
        Assert.NotNull(state);
        Assert.Equal((0, 1), (state.NextStep, state.Round));
        Assert.Equal(firedAt + TimeSpan.FromMinutes(5), state.DueAt);
        Assert.Single(Logged(host, PolicyChangedEvent));
        Assert.Empty(Logged(host, EscalationFailedEvent));
    }

    [Fact]
    public async Task FireDue_RoundPastTheLastOne_EndsTheEscalation()
    {
        await using var host = await StartAsync(repeat: 0);
        var incident = await host.Incidents.ReportAsync(Critical(), Ct);
        await StoreStepAsync(host, incident.Id, nextStep: 0, round: 2);

        await FireTwiceAsync(host);

        Assert.Null(await host.Store.FindEscalationAsync(incident.Id, Ct));
        Assert.Empty(_lead.Messages);
        Assert.Single(Logged(host, PolicyChangedEvent));
    }

    [Fact]
    public async Task FireDue_NextRoundStepSharesANumberWithOneSentBeforeTheChange_StillSent()
    {
        await using var host = await StartAsync(repeat: 2);
        var incident = await host.Incidents.ReportAsync(Critical(), Ct);
        // A host whose policy had 2 steps sent round 1's first step as step 3, then stopped before its second.
        await host.Publisher.PublishAsync(Escalated(incident.Id, number: 3, round: 1, index: 0), Ct);
        await StoreStepAsync(host, incident.Id, nextStep: 1, round: 1);
        await FireTwiceAsync(host);

        _time.Advance(TimeSpan.FromMinutes(5));
        await FireTwiceAsync(host);

        // Round 2's only step is number 3 of the 1-step policy too, but it is another step.
        var steps = await EscalatedAsync(host, incident.Id);
        Assert.Equal(["1", "2"], steps.Select(n => n.Data["round"]).Order().ToArray());
    }

    private static NotificationRequest Escalated(string incidentId, int number, int round, int index) => new()
    {
        Type = NotificationTypes.IncidentEscalated,
        Title = "Checkout down",
        IncidentId = incidentId,
        Channels = ["lead"],
        Data = new Dictionary<string, string>
        {
            ["policy"] = "payments",
            ["step"] = number.ToString(CultureInfo.InvariantCulture),
            ["round"] = round.ToString(CultureInfo.InvariantCulture),
            ["step_index"] = index.ToString(CultureInfo.InvariantCulture),
        },
    };

    private static async Task<IReadOnlyList<Notification>> EscalatedAsync(EngineHost host, string incidentId)
    {
        var escalated = await host.Store.GetNotificationsForIncidentAsync(incidentId, Ct);
        return [.. escalated.Where(n => n.Type == NotificationTypes.IncidentEscalated)];
    }

    /// <summary>Stores the incident's escalation as a host with a longer policy left it, due now.</summary>
    private async Task StoreStepAsync(EngineHost host, string incidentId, int nextStep, int round)
    {
        var state = await host.Store.FindEscalationAsync(incidentId, Ct);
        await host.Store.SaveEscalationAsync(
            state! with { NextStep = nextStep, Round = round, DueAt = _time.GetUtcNow() }, Ct);
    }

    private async Task FireTwiceAsync(EngineHost host)
    {
        var runner = host.Services.GetServices<IHostedService>().OfType<EscalationRunner>().Single();
        await runner.FireDueAsync(Ct);
        _time.Advance(TimeSpan.FromSeconds(1));
        await runner.FireDueAsync(Ct);
    }

    private static IReadOnlyList<FakeLogRecord> Logged(EngineHost host, int eventId) =>
        [.. host.Services.GetFakeLogCollector().GetSnapshot().Where(record => record.Id.Id == eventId)];

    private Task<EngineHost> StartAsync(int repeat) =>
        EngineHost.StartAsync(
            b =>
            {
                b.AddInMemoryChannel(_team).AddInMemoryChannel(_lead);
                b.Services.AddFakeLogging();
            },
            o =>
            {
                o.Routing.Routes.Add(new NotificationRouteOptions
                {
                    Matchers = { "team=\"payments\"" }, Channels = { "team" }, EscalationPolicy = "payments",
                });
                o.EscalationPolicies["payments"] = new EscalationPolicyOptions
                {
                    Repeat = repeat,
                    Steps = { new EscalationStepOptions { Delay = TimeSpan.FromMinutes(5), Channels = { "lead" } } },
                };
            },
            _time);

    private static IncidentReport Critical() => new()
    {
        Title = "Checkout down",
        Level = IncidentLevel.Critical,
        Labels = new Dictionary<string, string> { ["team"] = "payments" },
    };
}
