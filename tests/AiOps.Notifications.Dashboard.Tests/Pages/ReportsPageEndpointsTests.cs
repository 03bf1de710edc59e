using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

public sealed class ReportsPageEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reports_Default_ShowsLastSevenDaysWithExportLinks()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full", Category = "storage" }, Ct);

        var html = await sut.Client.GetStringAsync("/aiops/reports", Ct);

        Assert.Contains("2026-11-26 08:15 to 2026-12-03 08:15 UTC", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/aiops/reports?preset=7d\" aria-current=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains(
            "href=\"/aiops/api/reports/export?format=pdf&amp;from=2026-11-26T08%3A15%3A00.0000000%2B00%3A00",
            html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">storage</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_Days_CoverWholeDaysAndFillTheInputs()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var html = await sut.Client.GetStringAsync("/aiops/reports?from=2026-11-01&to=2026-11-30", Ct);

        Assert.Contains("2026-11-01 00:00 to 2026-12-01 00:00 UTC", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-11-30\"", html, StringComparison.Ordinal);
        Assert.Contains("csv&amp;from=2026-11-01T00%3A00%3A00.0000000%2B00%3A00&amp;to=2026-12-01", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_ToBeforeFrom_FallsBackToPreset()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var html = await sut.Client.GetStringAsync("/aiops/reports?from=2026-11-30&to=2026-11-01&preset=24h", Ct);

        Assert.Contains("2026-12-02 08:15 to 2026-12-03 08:15 UTC", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=0001-01-02&to=0001-01-03")]
    [InlineData("from=0001-01-01&to=0001-01-01")]
    [InlineData("from=9999-12-31&to=9999-12-31")]
    public async Task Reports_DaysAtTheCalendarsEnds_FallBackToPreset(string query)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var html = await sut.Client.GetStringAsync("/aiops/reports?" + query, Ct);

        Assert.Contains("2026-11-26 08:15 to 2026-12-03 08:15 UTC", html, StringComparison.Ordinal);
    }
}
