using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

public sealed class MonitoringPageEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Monitoring_WithDiagnosedIncident_ShowsFiguresHeatMapAgentAndStream()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(
            new IncidentReport { Title = "<b>Disk</b> full", Component = "db" }, Ct);
        await sut.Incidents.AttachDiagnosisAsync(
            incident.Id, new Diagnosis { ProbableCause = "Logs", AgentName = "agent-7" }, Ct);
        await sut.Incidents.GiveFeedbackAsync(incident.Id, true, null, "ops", Ct);

        var html = await sut.Client.GetStringAsync("/aiops/monitoring?range=6h", Ct);

        Assert.Contains("<option value=\"6h\" selected", html, StringComparison.Ordinal);
        Assert.Contains("Open incidents", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Thu</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"h5\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">agent-7</th>", html, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"point\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Disk&lt;/b&gt; full", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Monitoring", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitoring_ComponentFilter_LeavesOtherComponentsOut()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full", Component = "db" }, Ct);
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Queue stuck", Component = "api" }, Ct);

        var html = await sut.Client.GetStringAsync("/aiops/monitoring?component=api&level=Info&agent=none", Ct);

        Assert.Contains("Queue stuck", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Disk full", html, StringComparison.Ordinal);
        Assert.Contains("value=\"api\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"none\" selected", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitoring_UnknownRange_FallsBackTo24Hours()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var html = await sut.Client.GetStringAsync("/aiops/monitoring?range=99y", Ct);

        Assert.Contains("<option value=\"24h\" selected", html, StringComparison.Ordinal);
        Assert.Contains("No diagnosis agent worked in this period.", html, StringComparison.Ordinal);
    }
}
