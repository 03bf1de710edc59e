using System.Text;
using AiOps.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AiOps.Samples.WebApp.Tests.Browser;

/// <summary>The dashboard driven by clicks in headless Chromium, as an operator would use it.</summary>
public sealed class DashboardInteractionTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
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
    public async Task IncidentsSearchAndFilter_Apply_KeepsThemInTheUrl()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops/incidents");

        await opened.Page.GetByLabel("Search").FillAsync("Payment latency");
        await opened.Page.GetByLabel("Lowest level").SelectOptionAsync("Critical");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Assertions.Expect(opened.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=Payment"));
        await Assertions.Expect(opened.Page.Locator("#incident-list")).ToContainTextAsync("Payment latency above 2 s");
        await Assertions.Expect(opened.Page.Locator("#incident-list")).Not.ToContainTextAsync("HighErrorRate");
    }

    [Fact]
    public async Task MonitoringFilter_Apply_KeepsRangeInTheUrl()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops/monitoring");

        await opened.Page.GetByLabel("Time range").SelectOptionAsync("7d");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Assertions.Expect(opened.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("range=7d"));
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
    public async Task IncidentActions_AcknowledgeFeedbackResolve_WorkByClicking()
    {
        var id = await NewDiagnosedIncidentAsync("Queue backlog growing");
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops/incidents/" + id);

        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(opened.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("acknowledged");
        await opened.Page.GetByLabel("Helpful", new() { Exact = true }).CheckAsync();
        await opened.Page.GetByLabel("Comment (optional)").FillAsync("Spot on");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Assertions.Expect(opened.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("feedback was recorded");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();

        await Assertions.Expect(opened.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("resolved");
        await Assertions.Expect(opened.Page.Locator("dl.facts").First).ToContainTextAsync("Resolved");
        Assert.True(opened.Errors.IsEmpty, string.Join("\n", opened.Errors));
    }

    [Fact]
    public async Task TestSend_Email_ShowsTheDeliveryStatus()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops/settings");

        await opened.Page.GetByLabel("Channel", new() { Exact = true }).SelectOptionAsync("email");
        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Send a test notification" }).ClickAsync();

        await Assertions.Expect(opened.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("done=sent"));
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
