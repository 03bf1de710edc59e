using System.Text;
using System.Text.RegularExpressions;
using AiOps.Notifications;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AiOps.Samples.WebApp.Tests.Browser;

/// <summary>The dashboard driven by clicks in headless Chromium, as an operator would use it.</summary>
public sealed class DashboardInteractionTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string CheckoutTitle = "5xx ratio above 5% on checkout-7d9f-abcde";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Navigation_ClickingEachLink_OpensItsPage()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops");

        foreach (var name in new[] { "Monitoring", "Incidents", "Notifications", "Settings", "Reports", "Overview" })
        {
            await opened.Page.GetByRole(AriaRole.Navigation, new() { Name = "Dashboard" })
                .GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();

            await Assertions.Expect(opened.Page.Locator("h1")).ToHaveTextAsync(name);
        }
    }

    [Fact]
    public async Task IncidentsSearch_Apply_ListsOnlyMatchingTitlesAndKeepsTheSearchInTheUrl()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops/incidents");
        var list = opened.Page.Locator("#incident-list");
        await Assertions.Expect(list).ToContainTextAsync(CheckoutTitle);

        await opened.Page.GetByLabel("Search").FillAsync("Payment latency");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Assertions.Expect(opened.Page).ToHaveURLAsync(new Regex("q=Payment"));
        await Assertions.Expect(list).ToContainTextAsync("Payment latency above 2 s");
        await Assertions.Expect(list).Not.ToContainTextAsync(CheckoutTitle);
    }

    [Fact]
    public async Task IncidentsSearch_OtherWords_ListsTheOtherTitleOnly()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops/incidents");

        await opened.Page.GetByLabel("Search").FillAsync("checkout");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        var list = opened.Page.Locator("#incident-list");
        await Assertions.Expect(opened.Page).ToHaveURLAsync(new Regex("q=checkout"));
        await Assertions.Expect(list).ToContainTextAsync(CheckoutTitle);
        await Assertions.Expect(list).Not.ToContainTextAsync("Payment latency");
    }

    [Fact]
    public async Task MonitoringFilter_RangeAndComponent_KeepsThemAndNarrowsTheStream()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops/monitoring");
        var stream = opened.Page.Locator("#monitoring-stream");
        await Assertions.Expect(stream).ToContainTextAsync(CheckoutTitle);

        await opened.Page.GetByLabel("Time range").SelectOptionAsync("7d");
        await opened.Page.GetByLabel("Component").FillAsync("payments");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Assertions.Expect(opened.Page).ToHaveURLAsync(new Regex("range=7d.*component=payments"));
        await Assertions.Expect(opened.Page.GetByLabel("Time range")).ToHaveValueAsync("7d");
        await Assertions.Expect(stream).ToContainTextAsync("Payment latency above 2 s");
        await Assertions.Expect(stream).Not.ToContainTextAsync(CheckoutTitle);
    }

    [Fact]
    public async Task ThemeSwitch_Dark_IsAppliedAndRemembered()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops");

        await opened.Page.GetByLabel("Theme").SelectOptionAsync("dark");
        await opened.Page.ReloadAsync();

        await Assertions.Expect(opened.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Assertions.Expect(opened.Page.GetByLabel("Theme")).ToHaveValueAsync("dark");
    }

    [Fact]
    public async Task Acknowledge_ByClicking_StoresItAndShowsTheAcknowledgedStatus()
    {
        var id = await NewDiagnosedIncidentAsync("Queue backlog growing");
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops/incidents/" + id);

        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();

        await Assertions.Expect(opened.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("acknowledged");
        await Assertions.Expect(StatusFact(opened.Page)).ToHaveTextAsync("Acknowledged");
        await Assertions.Expect(opened.Page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" })).ToHaveCountAsync(0);
        Assert.NotNull((await FindIncidentAsync(id)).AcknowledgedAt);
        Assert.True(opened.Errors.IsEmpty, string.Join("\n", opened.Errors));
    }

    [Fact]
    public async Task Feedback_ByClicking_StoresHelpfulWithCommentAndShowsIt()
    {
        var id = await NewDiagnosedIncidentAsync("Queue consumer lagging");
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops/incidents/" + id);

        await opened.Page.GetByLabel("Helpful", new() { Exact = true }).CheckAsync();
        await opened.Page.GetByLabel("Comment (optional)").FillAsync("Spot on");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();

        await Assertions.Expect(opened.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("feedback was recorded");
        var given = opened.Page.Locator("h3:text-is(\"Feedback on this diagnosis\") + ul > li");
        await Assertions.Expect(given).ToHaveCountAsync(1);
        await Assertions.Expect(given.Locator("strong")).ToHaveTextAsync("Helpful");
        await Assertions.Expect(given).ToContainTextAsync(": Spot on");
        var store = fixture.Host.App.Services.GetRequiredService<INotificationStore>();
        var feedback = Assert.Single(await store.GetFeedbackForIncidentAsync(id, Ct));
        Assert.True(feedback.Helpful);
        Assert.Equal("Spot on", feedback.Comment);
    }

    [Fact]
    public async Task Resolve_ByClicking_StoresItAndShowsTheResolvedStatus()
    {
        var id = await NewDiagnosedIncidentAsync("Queue workers crashing");
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops/incidents/" + id);

        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();

        await Assertions.Expect(opened.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("resolved");
        await Assertions.Expect(StatusFact(opened.Page)).ToHaveTextAsync("Resolved");
        await Assertions.Expect(opened.Page.GetByRole(AriaRole.Button, new() { Name = "Resolve" })).ToHaveCountAsync(0);
        var incident = await FindIncidentAsync(id);
        Assert.Equal(IncidentStatus.Resolved, incident.Status);
        Assert.NotNull(incident.ResolvedAt);
        Assert.True(opened.Errors.IsEmpty, string.Join("\n", opened.Errors));
    }

    [Fact]
    public async Task TestSend_Email_ShowsTheDeliveryStatus()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops/settings");

        await opened.Page.GetByLabel("Channel", new() { Exact = true }).SelectOptionAsync("email");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Send a test notification" }).ClickAsync();

        await Assertions.Expect(opened.Page).ToHaveURLAsync(new Regex("done=sent"));
        await Assertions.Expect(opened.Page.Locator("body")).ToContainTextAsync("Test delivery to email");
    }

    [Fact]
    public async Task Overview_IncidentPostedToIngest_AppearsWithoutReload()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops");
        await opened.Page.EvaluateAsync("() => { window.__notReloaded = true; }");
        await opened.Page.WaitForTimeoutAsync(500);

        using var response = await fixture.Host.Client.PostAsync(
            "/aiops/api/ingest/alertmanager", AlertPayload("DiskAlmostFull", "Disk of db-1 is 97% full"), Ct);
        response.EnsureSuccessStatusCode();

        await Assertions.Expect(opened.Page.Locator("#overview-recent"))
            .ToContainTextAsync("Disk of db-1 is 97% full", new() { Timeout = 15_000 });
        Assert.True(await opened.Page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
    }

    /// <summary>Gets the status badge of the incident page's facts, not the "Resolved" facts label.</summary>
    private static ILocator StatusFact(IPage page) => page.Locator("dl.facts > dt:text-is(\"Status\") + dd");

    private async Task<Incident> FindIncidentAsync(string id)
    {
        var store = fixture.Host.App.Services.GetRequiredService<INotificationStore>();
        return await store.FindIncidentAsync(id, Ct) ?? throw new InvalidOperationException("No incident " + id);
    }

    private async Task<string> NewDiagnosedIncidentAsync(string title)
    {
        var incidents = fixture.Host.App.Services.GetRequiredService<IIncidentManager>();
        var incident = await incidents.ReportAsync(new IncidentReport { Title = title, Component = "queue" }, Ct);
        await incidents.AttachDiagnosisAsync(
            incident.Id, new Diagnosis { ProbableCause = "Consumer stopped", AgentName = "log-analyst" }, Ct);
        return incident.Id;
    }

    private static StringContent AlertPayload(string name, string summary) => new(
        $$"""
        {"version":"4","status":"firing","receiver":"aiops","groupLabels":{},"commonLabels":{},
         "commonAnnotations":{},"externalURL":"http://127.0.0.1:9093","groupKey":"{}:{}",
         "alerts":[{"status":"firing","labels":{"alertname":"{{name}}","severity":"warning","service":"db"},
           "annotations":{"summary":"{{summary}}"},"startsAt":"{{DateTimeOffset.UtcNow:O}}",
           "endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus","fingerprint":"{{Guid.NewGuid():N}}"}]}
        """,
        Encoding.UTF8,
        "application/json");
}
