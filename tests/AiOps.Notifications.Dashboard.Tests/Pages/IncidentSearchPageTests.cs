using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

/// <summary>The search box of the incidents page, with nothing else filtering, so the search alone decides.</summary>
public sealed class IncidentSearchPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Incidents_SearchText_ListsOnlyTheMatchingTitle()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full on db-1", Component = "db" }, Ct);
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Queue stuck", Component = "db" }, Ct);

        var html = await sut.Client.GetStringAsync("/aiops/incidents?q=disk", Ct);

        Assert.Equal(["Disk full on db-1"], PageHtml.ListedTitles(html));
        Assert.Contains("1 incident matches, newest first", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incidents_WithoutSearch_ListsEveryTitle()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full on db-1", Component = "db" }, Ct);
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Queue stuck", Component = "db" }, Ct);

        var html = await sut.Client.GetStringAsync("/aiops/incidents", Ct);

        Assert.Equal(["Disk full on db-1", "Queue stuck"], PageHtml.ListedTitles(html).Order());
    }

    [Fact]
    public async Task Incidents_SearchMatchingNothing_ListsNoTitle()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full on db-1", Component = "db" }, Ct);

        var html = await sut.Client.GetStringAsync("/aiops/incidents?q=certificate", Ct);

        Assert.Empty(PageHtml.ListedTitles(html));
        Assert.Contains("No incident matches.", html, StringComparison.Ordinal);
    }
}
