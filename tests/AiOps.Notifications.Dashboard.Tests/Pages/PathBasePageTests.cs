using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

/// <summary>The dashboard behind a proxy's path base and under its own prefix: every address follows both.</summary>
public sealed class PathBasePageTests
{
    private const string Root = "/ops/console";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Overview_UnderPathBaseAndPrefix_ScriptAndEventsUrlsFollowBoth()
    {
        await using var sut = await CreateSutAsync();

        var html = await sut.Client.GetStringAsync(Root, Ct);

        Assert.Contains($"<script src=\"{Root}/assets/dashboard.js?v=", html, StringComparison.Ordinal);
        Assert.Contains($"data-events=\"{Root}/events\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptAndEvents_UnderPathBaseAndPrefix_AreServedAtTheLinkedUrls()
    {
        await using var sut = await CreateSutAsync();

        using var script = await sut.Client.GetAsync($"{Root}/assets/dashboard.js", Ct);
        using var events = await sut.Client.GetAsync(
            $"{Root}/events?page=overview", HttpCompletionOption.ResponseHeadersRead, Ct);

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Incident_UnderPathBaseAndPrefix_FormActionsFollowBoth()
    {
        await using var sut = await CreateSutAsync();
        var incident = await DiagnosedIncidentAsync(sut);

        var html = await sut.Client.GetStringAsync($"{Root}/incidents/{incident.Id}", Ct);

        Assert.Contains($"action=\"{Root}/incidents/{incident.Id}/acknowledge\"", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"{Root}/incidents/{incident.Id}/resolve\"", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"{Root}/incidents/{incident.Id}/feedback\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_UnderPathBaseAndPrefix_FormActionsFollowBoth()
    {
        await using var sut = await CreateSutAsync();

        var html = await sut.Client.GetStringAsync($"{Root}/settings", Ct);

        Assert.Contains($"action=\"{Root}/settings/test-send\"", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"{Root}/settings/silences\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_UnderPathBaseAndPrefix_RedirectsToThePageUnderBoth()
    {
        await using var sut = await CreateSutAsync();
        var incident = await DiagnosedIncidentAsync(sut);
        var page = $"{Root}/incidents/{incident.Id}";

        using var response = await PageForms.PostAsync(sut, page, page + "/acknowledge");
        using var followed = await sut.Client.GetAsync(response.Headers.Location, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page + "?done=acknowledged", response.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.NotNull((await sut.Store.FindIncidentAsync(incident.Id, Ct))!.AcknowledgedAt);
    }

    [Fact]
    public async Task SilenceCreate_UnderPathBaseAndPrefix_RedirectsToSettingsUnderBoth()
    {
        await using var sut = await CreateSutAsync();

        using var response = await PageForms.PostAsync(
            sut, $"{Root}/settings", $"{Root}/settings/silences", ("matchers", "component=\"db\""), ("duration", "1h"));

        Assert.Equal($"{Root}/settings?done=silenced#silences", response.Headers.Location?.ToString());
    }

    private static Task<DashboardTestHost> CreateSutAsync() =>
        DashboardTestHost.StartAsync(new() { PathBase = "/ops", Prefix = "/console" });

    private static async Task<Incident> DiagnosedIncidentAsync(DashboardTestHost sut)
    {
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);
        await sut.Incidents.AttachDiagnosisAsync(
            incident.Id, new Diagnosis { ProbableCause = "Logs", AgentName = "agent-1" }, Ct);
        return incident;
    }
}
