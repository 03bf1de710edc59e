using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

public sealed class PageEndpointsTests
{
    private const string Script = "<script>alert(1)</script>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/aiops")]
    [InlineData("/aiops/")]
    public async Task Overview_WithIncident_ListsItInAnAccessibleDocument(string url)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();

        var response = await sut.Client.GetAsync(url, Ct);

        var html = await ReadHtmlAsync(response, HttpStatusCode.OK);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Overview · AiOps</title>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Status</th>", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\">", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/aiops/incidents/{incident.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("5xx ratio above 5% on checkout-7d9f-abcde", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incident_AfterDelivery_ShowsMessageLabelsAndAttempts()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();
        await sut.WaitForAttemptAsync(incident.Id);

        var response = await sut.Client.GetAsync($"/aiops/incidents/{incident.Id}", Ct);

        var html = await ReadHtmlAsync(response, HttpStatusCode.OK);
        Assert.Contains("<pre>Error ratio is 0.0731 (threshold 0.05) for 10m.</pre>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>instance</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>checkout-7d9f-abcde:8080</dd>", html, StringComparison.Ordinal);
        Assert.Contains("incident.detected", html, StringComparison.Ordinal);
        Assert.Contains("<td>memory</td>", html, StringComparison.Ordinal);
        Assert.Contains("outcome-delivered", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incident_ReportedWithPriority_ShowsThePriorityBesideTheLevel()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(
            new IncidentReport { Title = "Payments down", Priority = NotificationPriority.Critical }, Ct);

        var response = await sut.Client.GetAsync($"/aiops/incidents/{incident.Id}", Ct);

        var html = await ReadHtmlAsync(response, HttpStatusCode.OK);
        Assert.Contains("<dt>Priority</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Critical</dd>", html, StringComparison.Ordinal);
        Assert.Contains("badge level-error", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_ScriptInIncidentText_AreHtmlEncoded()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(
            new IncidentReport { Title = Script, Message = Script, Component = Script }, Ct);

        var overview = await ReadHtmlAsync(await sut.Client.GetAsync("/aiops", Ct), HttpStatusCode.OK);
        var detail = await ReadHtmlAsync(
            await sut.Client.GetAsync($"/aiops/incidents/{incident.Id}", Ct), HttpStatusCode.OK);

        Assert.All([overview, detail], html =>
        {
            Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Incident_AnnotationWithWebAddress_IsALinkAndOtherSchemesStayText()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport
        {
            Title = "Disk full",
            Annotations = new Dictionary<string, string>
            {
                ["runbook_url"] = "https://runbooks.example/disk?host=a&b=\"c\"",
                ["trap"] = "javascript:alert(1)",
            },
        }, Ct);

        var html = await ReadHtmlAsync(
            await sut.Client.GetAsync($"/aiops/incidents/{incident.Id}", Ct), HttpStatusCode.OK);

        Assert.Contains(
            "<a href=\"https://runbooks.example/disk?host=a&amp;b=%22c%22\" rel=\"noopener noreferrer nofollow\">",
            html, StringComparison.Ordinal);
        Assert.Contains("<dd>javascript:alert(1)</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incident_Unknown_Returns404Page()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync("/aiops/incidents/nope", Ct);

        var html = await ReadHtmlAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("<h1>Incident not found</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_UnderPathBaseAndPrefix_LinksFollowBoth()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { PathBase = "/ops", Prefix = "/console/" });
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        var response = await sut.Client.GetAsync("/ops/console", Ct);

        var html = await ReadHtmlAsync(response, HttpStatusCode.OK);
        Assert.Contains($"href=\"/ops/console/incidents/{incident.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/ops/console/assets/dashboard.css?v=", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/ops/console/\"", html, StringComparison.Ordinal);
    }

    private static async Task<string> ReadHtmlAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return html;
    }
}
