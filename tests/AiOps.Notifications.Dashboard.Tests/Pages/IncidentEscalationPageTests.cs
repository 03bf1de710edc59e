using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using AiOps.Notifications.Escalation;
using AiOps.Notifications.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

/// <summary>An incident the engine escalated, as its page's notification timeline shows it.</summary>
public sealed class IncidentEscalationPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Incident_EscalatedOnce_TimelineShowsStepReasonAndWhoWasNotifiedBefore()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { ConfigureServices = AddPolicy });
        var incident = await sut.Incidents.ReportAsync(new IncidentReport
        {
            Title = "Checkout down", Level = IncidentLevel.Critical,
            Labels = new Dictionary<string, string> { ["team"] = "payments" },
        }, Ct);
        await EscalateAsync(sut, incident.Id, TimeSpan.FromMinutes(5));

        var html = await sut.Client.GetStringAsync($"/aiops/incidents/{incident.Id}", Ct);

        Assert.Contains("aria-label=\"Notification incident.escalated\"", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Escalation step</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>1 of 2</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Not acknowledged within 5 min.</dd>", html, StringComparison.Ordinal);
        Assert.Matches("<dt>Notified before</dt>\\s*<dd>memory</dd>", html);
    }

    [Fact]
    public async Task Incident_NotEscalated_TimelineHasNoEscalationStep()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { ConfigureServices = AddPolicy });
        var incident = await sut.Incidents.ReportAsync(new IncidentReport
        {
            Title = "Checkout slow", Level = IncidentLevel.Warning,
            Labels = new Dictionary<string, string> { ["team"] = "payments" },
        }, Ct);

        var html = await sut.Client.GetStringAsync($"/aiops/incidents/{incident.Id}", Ct);

        Assert.Contains("aria-label=\"Notification incident.detected\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Escalation step", html, StringComparison.Ordinal);
    }

    /// <summary>Moves the fake clock past the step's delay and waits until the runner has stored the escalation.</summary>
    private static async Task EscalateAsync(DashboardTestHost sut, string incidentId, TimeSpan delay)
    {
        var time = (FakeTimeProvider)sut.Services.GetRequiredService<TimeProvider>();
        time.Advance(delay);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (!(await sut.Store.GetNotificationsForIncidentAsync(incidentId, timeout.Token))
            .Any(n => n.Type == NotificationTypes.IncidentEscalated))
        {
            // The runner waits on the fake clock between rounds; a second is one round.
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, timeout.Token);
        }
    }

    private static void AddPolicy(IServiceCollection services) =>
        services.Configure<AiOpsNotificationsOptions>(o =>
        {
            o.Routing.Routes.Add(new NotificationRouteOptions
            {
                Matchers = { "team=\"payments\"" }, Channels = { CoreServices.ChannelName }, EscalationPolicy = "payments",
            });
            o.EscalationPolicies["payments"] = new EscalationPolicyOptions
            {
                Steps =
                {
                    new EscalationStepOptions { Delay = TimeSpan.FromMinutes(5), Channels = { CoreServices.ChannelName } },
                    new EscalationStepOptions { Delay = TimeSpan.FromMinutes(10), Channels = { CoreServices.ChannelName } },
                },
            };
        });
}
