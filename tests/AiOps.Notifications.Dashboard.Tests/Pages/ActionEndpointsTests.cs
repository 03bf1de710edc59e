using System.Net;
using System.Text.RegularExpressions;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

public sealed partial class ActionEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Acknowledge_WithAntiforgeryToken_AcknowledgesAndRedirectsBack()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);
        var form = await ReadFormAsync(sut, incident.Id);

        using var response = await sut.Client.PostAsync(
            $"/aiops/incidents/{incident.Id}/acknowledge", new FormUrlEncodedContent(form), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/aiops/incidents/{incident.Id}?done=acknowledged", response.Headers.Location?.ToString());
        Assert.NotNull((await sut.Store.FindIncidentAsync(incident.Id, Ct))!.AcknowledgedAt);
    }

    [Fact]
    public async Task Resolve_WithoutAntiforgeryToken_Returns400AndChangesNothing()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        using var response = await sut.Client.PostAsync(
            $"/aiops/incidents/{incident.Id}/resolve", new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await sut.Store.FindIncidentAsync(incident.Id, Ct))!.IsOpen);
    }

    [Fact]
    public async Task Feedback_HelpfulWithComment_IsStoredAndShown()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);
        await sut.Incidents.AttachDiagnosisAsync(
            incident.Id, new Diagnosis { ProbableCause = "Logs", AgentName = "agent-1" }, Ct);
        var form = await ReadFormAsync(sut, incident.Id);
        form.Add(new("helpful", "true"));
        form.Add(new("comment", "<b>spot on</b>"));

        using var response = await sut.Client.PostAsync(
            $"/aiops/incidents/{incident.Id}/feedback", new FormUrlEncodedContent(form), Ct);
        var page = await sut.Client.GetStringAsync(response.Headers.Location, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await sut.Store.GetFeedbackForIncidentAsync(incident.Id, Ct));
        Assert.Contains("&lt;b&gt;spot on&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("your feedback was recorded", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnly_ActionsHiddenAndRefused()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { ConfigureOptions = o => o.ReadOnly = true });
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        var html = await sut.Client.GetStringAsync($"/aiops/incidents/{incident.Id}", Ct);
        using var response = await sut.Client.PostAsync(
            $"/aiops/incidents/{incident.Id}/resolve", new FormUrlEncodedContent([]), Ct);

        Assert.DoesNotContain("<form method=\"post\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Incidents_FilterInQueryString_ListsMatchesAndKeepsFilterInPagerLinks()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        for (var i = 0; i < 30; i++)
        {
            await sut.Incidents.ReportAsync(new IncidentReport { Title = $"Disk {i}", Component = "db" }, Ct);
        }

        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Other", Component = "api" }, Ct);

        var html = await sut.Client.GetStringAsync("/aiops/incidents?component=db&q=Disk", Ct);

        Assert.Contains("30 incidents match", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Other<", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/aiops/incidents?q=Disk&amp;component=db&amp;page=2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_WithIncidents_ShowsFiguresAndAccessibleCharts()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full", Category = "storage" }, Ct);

        var html = await sut.Client.GetStringAsync("/aiops", Ct);

        Assert.Contains("Incidents detected", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"chart-time\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">storage</th>", html, StringComparison.Ordinal);
        Assert.Contains(">storage</text>", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_NoIncidents_ChartsSaySo()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var html = await sut.Client.GetStringAsync("/aiops", Ct);

        Assert.Contains("No incidents in this period.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg class=\"chart\"", html, StringComparison.Ordinal);
    }

    /// <summary>Reads the antiforgery field of the page and keeps its cookie on the client, as a browser would.</summary>
    private static async Task<List<KeyValuePair<string, string>>> ReadFormAsync(DashboardTestHost sut, string id)
    {
        using var response = await sut.Client.GetAsync($"/aiops/incidents/{id}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        sut.Client.DefaultRequestHeaders.Remove("Cookie");
        sut.Client.DefaultRequestHeaders.Add("Cookie", cookie);

        var match = TokenField().Match(html);
        Assert.True(match.Success, "The page has no antiforgery field.");
        return [new(match.Groups[1].Value, WebUtility.HtmlDecode(match.Groups[2].Value))];
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
