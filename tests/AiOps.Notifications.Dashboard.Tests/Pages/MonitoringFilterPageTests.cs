using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

/// <summary>
/// Each monitoring filter changes the figures: a resolved critical db incident diagnosed by agent-db on Thursday,
/// and an open info api incident diagnosed by agent-api three days later, which is now.
/// </summary>
public sealed class MonitoringFilterPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Monitoring_Range24Hours_CountsOnlyTheIncidentOfTheLastDay()
    {
        await using var sut = await CreateSutAsync();

        var html = await sut.Client.GetStringAsync("/aiops/monitoring?range=24h", Ct);

        Assert.Equal(0, PageHtml.HeatCell(html, "Thu", 8));
        Assert.Equal(1, PageHtml.HeatCell(html, "Sun", 8));
        Assert.Equal(["agent-api"], PageHtml.AgentRows(html));
        Assert.Equal("1", PageHtml.Figure(html, "Active agents"));
        Assert.Equal("0 %", PageHtml.Figure(html, "Resolution rate"));
    }

    [Fact]
    public async Task Monitoring_Range7Days_CountsBothIncidents()
    {
        await using var sut = await CreateSutAsync();

        var html = await sut.Client.GetStringAsync("/aiops/monitoring?range=7d", Ct);

        Assert.Equal(1, PageHtml.HeatCell(html, "Thu", 8));
        Assert.Equal(1, PageHtml.HeatCell(html, "Sun", 8));
        Assert.Equal(["agent-api", "agent-db"], PageHtml.AgentRows(html));
        Assert.Equal("2", PageHtml.Figure(html, "Active agents"));
        Assert.Equal("50 %", PageHtml.Figure(html, "Resolution rate"));
    }

    [Fact]
    public async Task Monitoring_LowestLevelCritical_LeavesTheInfoIncidentOut()
    {
        await using var sut = await CreateSutAsync();

        var html = await sut.Client.GetStringAsync("/aiops/monitoring?range=7d&level=Critical", Ct);

        Assert.Equal(1, PageHtml.HeatCell(html, "Thu", 8));
        Assert.Equal(0, PageHtml.HeatCell(html, "Sun", 8));
        Assert.Equal(["agent-db"], PageHtml.AgentRows(html));
        Assert.Equal("100 %", PageHtml.Figure(html, "Resolution rate"));
        Assert.DoesNotContain("Queue stuck", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitoring_ComponentApi_LeavesTheDbIncidentOut()
    {
        await using var sut = await CreateSutAsync();

        var html = await sut.Client.GetStringAsync("/aiops/monitoring?range=7d&component=api", Ct);

        Assert.Equal(0, PageHtml.HeatCell(html, "Thu", 8));
        Assert.Equal(["agent-api"], PageHtml.AgentRows(html));
        Assert.Equal("0 %", PageHtml.Figure(html, "Resolution rate"));
        Assert.Contains("Queue stuck", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Disk full", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitoring_AgentDb_CountsOnlyItsDiagnosesButOffersEveryAgent()
    {
        await using var sut = await CreateSutAsync();

        var html = await sut.Client.GetStringAsync("/aiops/monitoring?range=7d&agent=agent-db", Ct);

        Assert.Equal(1, PageHtml.HeatCell(html, "Thu", 8));
        Assert.Equal(0, PageHtml.HeatCell(html, "Sun", 8));
        Assert.Equal(["agent-db"], PageHtml.AgentRows(html));
        Assert.Equal("1", PageHtml.Figure(html, "Active agents"));
        Assert.Contains("<option value=\"agent-db\" selected", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"agent-api\"", html, StringComparison.Ordinal);
    }

    private static async Task<DashboardTestHost> CreateSutAsync()
    {
        var sut = await DashboardTestHost.StartAsync();
        var time = (FakeTimeProvider)sut.Services.GetRequiredService<TimeProvider>();
        var db = await sut.Incidents.ReportAsync(
            new IncidentReport { Title = "Disk full", Component = "db", Level = IncidentLevel.Critical }, Ct);
        await sut.Incidents.AttachDiagnosisAsync(db.Id, new Diagnosis { ProbableCause = "Logs", AgentName = "agent-db" }, Ct);
        await sut.Incidents.ResolveAsync(db.Id, "ops", Ct);

        time.Advance(TimeSpan.FromDays(3));
        var api = await sut.Incidents.ReportAsync(
            new IncidentReport { Title = "Queue stuck", Component = "api", Level = IncidentLevel.Info }, Ct);
        await sut.Incidents.AttachDiagnosisAsync(api.Id, new Diagnosis { ProbableCause = "Lag", AgentName = "agent-api" }, Ct);
        return sut;
    }
}
