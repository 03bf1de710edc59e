using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

/// <summary>The incident page's forms posted with a valid antiforgery token by a signed-in operator.</summary>
public sealed class IncidentFormPostTests
{
    private const string Operator = "alice";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Resolve_WithAntiforgeryToken_ResolvesAndShowsResolvedStatus()
    {
        await using var sut = await CreateSutAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);
        var page = "/aiops/incidents/" + incident.Id;

        using var response = await PageForms.PostAsync(sut, page, page + "/resolve");
        var html = await sut.Client.GetStringAsync(response.Headers.Location, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page + "?done=resolved", response.Headers.Location?.ToString());
        var stored = (await sut.Store.FindIncidentAsync(incident.Id, Ct))!;
        Assert.Equal(IncidentStatus.Resolved, stored.Status);
        Assert.Equal(DashboardTestHost.Now, stored.ResolvedAt);
        Assert.Equal(Operator, stored.ResolvedBy);
        Assert.Equal("Resolved", PageHtml.IncidentStatus(html));
        Assert.DoesNotContain("/resolve\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_WithAntiforgeryToken_AcknowledgesAndShowsAcknowledgedStatus()
    {
        await using var sut = await CreateSutAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);
        var page = "/aiops/incidents/" + incident.Id;

        using var response = await PageForms.PostAsync(sut, page, page + "/acknowledge");
        var html = await sut.Client.GetStringAsync(response.Headers.Location, Ct);

        Assert.Equal(page + "?done=acknowledged", response.Headers.Location?.ToString());
        var stored = (await sut.Store.FindIncidentAsync(incident.Id, Ct))!;
        Assert.Equal(IncidentStatus.Acknowledged, stored.Status);
        Assert.Equal(DashboardTestHost.Now, stored.AcknowledgedAt);
        Assert.Equal(Operator, stored.AcknowledgedBy);
        Assert.Null(stored.ResolvedAt);
        Assert.Equal("Acknowledged", PageHtml.IncidentStatus(html));
        Assert.DoesNotContain("/acknowledge\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_NotHelpfulWithComment_StoresFlagCommentAndAgentAndShowsThem()
    {
        await using var sut = await CreateSutAsync();
        var (incident, page) = await ReportDiagnosedAsync(sut);

        using var response = await PageForms.PostAsync(
            sut, page, page + "/feedback", ("helpful", "false"), ("comment", "  wrong disk  "));
        var html = await sut.Client.GetStringAsync(response.Headers.Location, Ct);

        var feedback = Assert.Single(await sut.Store.GetFeedbackForIncidentAsync(incident.Id, Ct));
        Assert.False(feedback.Helpful);
        Assert.Equal("wrong disk", feedback.Comment);
        Assert.Equal("agent-1", feedback.AgentName);
        Assert.Contains("<strong>Not helpful</strong>", html, StringComparison.Ordinal);
        Assert.Contains(", alice): wrong disk", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_NeitherHelpfulNorNot_Returns400IncidentPageWithTheMessageAndTheCommentKept()
    {
        await using var sut = await CreateSutAsync();
        var (incident, page) = await ReportDiagnosedAsync(sut);

        using var response = await PageForms.PostAsync(
            sut, page, page + "/feedback", ("helpful", "maybe"), ("comment", "<script>x</script>"));

        var html = await HttpAssert.FormFailedPageAsync(response, "feedback", "Choose helpful or not helpful.");
        Assert.Contains(">&lt;script&gt;x&lt;/script&gt;</textarea>", html, StringComparison.Ordinal);
        Assert.Empty(await sut.Store.GetFeedbackForIncidentAsync(incident.Id, Ct));
    }

    [Fact]
    public async Task Feedback_NoDiagnosis_Returns409Conflict()
    {
        await using var sut = await CreateSutAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);
        var page = "/aiops/incidents/" + incident.Id;

        using var response = await PageForms.PostAsync(sut, page, page + "/feedback", ("helpful", "true"));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("https://aiops.dev/problems/conflict", problem.GetProperty("type").GetString());
        Assert.Contains("has no diagnosis", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await sut.Store.GetFeedbackForIncidentAsync(incident.Id, Ct));
    }

    [Theory]
    [InlineData("resolve")]
    [InlineData("acknowledge")]
    [InlineData("feedback")]
    public async Task Action_UnknownIncident_Returns404IncidentNotFoundPage(string action)
    {
        await using var sut = await CreateSutAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        using var response = await PageForms.PostAsync(
            sut, "/aiops/incidents/" + incident.Id, $"/aiops/incidents/inc_nope/{action}", ("helpful", "true"));

        await HttpAssert.NotFoundPageAsync(response, "Incident", "inc_nope");
    }

    private static async Task<(Incident Incident, string Page)> ReportDiagnosedAsync(DashboardTestHost sut)
    {
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);
        await sut.Incidents.AttachDiagnosisAsync(
            incident.Id, new Diagnosis { ProbableCause = "Logs", AgentName = "agent-1" }, Ct);
        return (incident, "/aiops/incidents/" + incident.Id);
    }

    private static async Task<DashboardTestHost> CreateSutAsync()
    {
        var sut = await DashboardTestHost.StartAsync(new() { WithAuthentication = true });
        sut.Client.DefaultRequestHeaders.Add(TestAuthHandler.Header, Operator);
        return sut;
    }
}
