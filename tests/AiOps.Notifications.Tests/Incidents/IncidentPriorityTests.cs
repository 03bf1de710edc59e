using AiOps.Notifications.Channels;
using AiOps.Notifications.Escalation;
using AiOps.Notifications.Inhibition;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Incidents;

/// <summary>The priority a report names stays the incident's: every later notification and rule reads it.</summary>
public sealed class IncidentPriorityTests
{
    private static readonly TimeSpan Repeat = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryChannel _default = new("dflt");
    private readonly InMemoryChannel _critical = new("crit");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReportAsync_ErrorReportedCritical_KeepsCriticalOnTheIncident()
    {
        await using var host = await StartAsync();

        var incident = await host.Incidents.ReportAsync(PaymentsDown(), Ct);
        var stored = await host.Store.FindIncidentAsync(incident.Id, Ct);

        Assert.Equal(NotificationPriority.Critical, incident.Priority);
        Assert.Equal(NotificationPriority.Critical, stored!.Priority);
    }

    [Fact]
    public async Task ReportAsync_NoPriorityNamed_TakesTheLevelsPriority()
    {
        await using var host = await StartAsync();

        var incident = await host.Incidents.ReportAsync(PaymentsDown() with { Priority = null }, Ct);

        Assert.Equal(NotificationPriority.High, incident.Priority);
    }

    [Fact]
    public async Task ResolveAsync_ErrorReportedCritical_DiagnosedAndResolvedRouteLikeDetected()
    {
        await using var host = await StartAsync();
        var incident = await host.Incidents.ReportAsync(PaymentsDown(), Ct);
        var diagnosis = new Diagnosis { ProbableCause = "Pool", AgentName = "rules" };

        await host.Incidents.AttachDiagnosisAsync(incident.Id, diagnosis, Ct);
        await host.Incidents.ResolveAsync(incident.Id, "alice", Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 3);

        Assert.Empty(_default.Messages);
        string[] expected =
            [NotificationTypes.IncidentDetected, NotificationTypes.IncidentDiagnosed, NotificationTypes.IncidentResolved];
        // Workers deliver side by side, so the channel may record them in another order.
        Assert.Equal(expected.Order(), _critical.Messages.Select(m => m.Notification.Type).Order());
        Assert.All(_critical.Messages, m => Assert.Equal(NotificationPriority.Critical, m.Notification.Priority));
    }

    [Fact]
    public async Task ResolveAsync_CriticalRouteWithoutSendResolved_SendsNoResolvedAnywhere()
    {
        await using var host = await StartAsync(o => o.Routing.Routes[0].SendResolved = false);
        var incident = await host.Incidents.ReportAsync(PaymentsDown(), Ct);

        await host.Incidents.ResolveAsync(incident.Id, "alice", Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 1);

        Assert.Empty(_default.Messages);
        Assert.Equal(NotificationTypes.IncidentDetected, Assert.Single(_critical.Messages).Notification.Type);
    }

    [Fact]
    public async Task ReportAsync_RepeatedWithoutPriorityPastInterval_RemindsOnTheCriticalRoute()
    {
        await using var host = await StartAsync(o =>
        {
            o.Routing.Routes[0].RepeatInterval = Repeat;
            o.Reminders.CheckInterval = TimeSpan.FromDays(1);
        });
        var incident = await host.Incidents.ReportAsync(PaymentsDown(), Ct);

        _time.Advance(Repeat);
        await host.Incidents.ReportAsync(PaymentsDown() with { Priority = null }, Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 2);

        Assert.Empty(_default.Messages);
        var reminder = _critical.Messages.Select(m => m.Notification).Single(n => n.Data.ContainsKey("repeat"));
        Assert.Equal(NotificationPriority.Critical, reminder.Priority);
    }

    [Fact]
    public async Task ReportAsync_InhibitionSourceMatchesReportedPriority_MutesTheTarget()
    {
        await using var host = await StartAsync(o => o.InhibitRules.Add(new InhibitRuleOptions
        {
            SourceMatchers = { "priority=\"Critical\"" },
            TargetMatchers = { "severity=\"warning\"" },
            Equal = { "instance" },
        }));
        var source = await host.Incidents.ReportAsync(PaymentsDown(), Ct);

        var target = await host.Incidents.ReportAsync(DiskSlow(), Ct);

        var muted = Assert.Single(await host.WaitForDeliveriesAsync(target.Id, 1));
        Assert.Equal(DeliveryStatus.Silenced, muted.Status);
        Assert.Contains(source.Id, muted.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FireDueAsync_PolicyFromHigh_EscalatesWithTheIncidentsPriority()
    {
        var lead = new InMemoryChannel("lead");
        await using var host = await StartAsync(
            o =>
            {
                o.Routing.EscalationPolicy = "ops";
                o.EscalationPolicies["ops"] = new EscalationPolicyOptions
                {
                    MinPriority = NotificationPriority.High,
                    Steps = { new EscalationStepOptions { Delay = TimeSpan.FromMinutes(5), Channels = { "lead" } } },
                };
            },
            lead);
        var incident = await host.Incidents.ReportAsync(PaymentsDown() with { Priority = null }, Ct);

        _time.Advance(TimeSpan.FromMinutes(5));
        await host.Services.GetServices<IHostedService>().OfType<EscalationRunner>().Single().FireDueAsync(Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 2);

        var escalated = Assert.Single(lead.Messages).Notification;
        Assert.Equal(NotificationTypes.IncidentEscalated, escalated.Type);
        Assert.Equal(NotificationPriority.High, escalated.Priority);
    }

    private Task<EngineHost> StartAsync(
        Action<AiOpsNotificationsOptions>? configure = null, InMemoryChannel? extra = null) =>
        EngineHost.StartAsync(
            b =>
            {
                b.AddInMemoryChannel(_default).AddInMemoryChannel(_critical);
                if (extra is not null)
                {
                    b.AddInMemoryChannel(extra);
                }
            },
            o =>
            {
                o.Routing.Channels.Add("dflt");
                o.Routing.Routes.Add(new NotificationRouteOptions
                {
                    Matchers = { "priority=\"Critical\"" }, Channels = { "crit" },
                });
                configure?.Invoke(o);
            },
            _time);

    private static IncidentReport PaymentsDown() => new()
    {
        Title = "payments down",
        Level = IncidentLevel.Error,
        Priority = NotificationPriority.Critical,
        Labels = new Dictionary<string, string> { ["instance"] = "db-01" },
    };

    private static IncidentReport DiskSlow() => new()
    {
        Title = "disk slow",
        Level = IncidentLevel.Warning,
        Labels = new Dictionary<string, string> { ["severity"] = "warning", ["instance"] = "db-01" },
    };
}
