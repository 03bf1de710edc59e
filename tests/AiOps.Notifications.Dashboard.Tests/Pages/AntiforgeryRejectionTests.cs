using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

/// <summary>Every state-changing form posted without its antiforgery token is refused and changes nothing.</summary>
public sealed class AntiforgeryRejectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Acknowledge_WithoutAntiforgeryToken_Returns400AndChangesNothing()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        using var response = await PostWithoutTokenAsync(sut, $"/aiops/incidents/{incident.Id}/acknowledge");

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("https://aiops.dev/problems/antiforgery", problem.GetProperty("type").GetString());
        Assert.Null((await sut.Store.FindIncidentAsync(incident.Id, Ct))!.AcknowledgedAt);
    }

    [Fact]
    public async Task Feedback_WithoutAntiforgeryToken_Returns400AndStoresNothing()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);
        await sut.Incidents.AttachDiagnosisAsync(
            incident.Id, new Diagnosis { ProbableCause = "Logs", AgentName = "agent-1" }, Ct);

        using var response = await PostWithoutTokenAsync(
            sut, $"/aiops/incidents/{incident.Id}/feedback", ("helpful", "true"), ("comment", "forged"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await sut.Store.GetFeedbackForIncidentAsync(incident.Id, Ct));
    }

    [Fact]
    public async Task TestSend_WithoutAntiforgeryToken_Returns400AndSendsNothing()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        using var response = await PostWithoutTokenAsync(
            sut, "/aiops/settings/test-send", ("channel", CoreServices.ChannelName));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var deliveries = await sut.Store.QueryDeliveriesAsync(new Storage.DeliveryQuery { Take = 10 }, Ct);
        Assert.Empty(deliveries.Items);
    }

    [Fact]
    public async Task SilenceCreate_WithoutAntiforgeryToken_Returns400AndCreatesNothing()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        using var response = await PostWithoutTokenAsync(
            sut, "/aiops/settings/silences", ("matchers", "component=\"db\""), ("duration", "4h"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await sut.Services.GetRequiredService<ISilenceManager>().ListAsync(false, Ct));
    }

    [Fact]
    public async Task SilenceExpire_WithoutAntiforgeryToken_Returns400AndKeepsTheSilence()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        using var created = await PageForms.PostAsync(
            sut, "/aiops/settings", "/aiops/settings/silences", ("matchers", "component=\"db\""), ("duration", "4h"));
        var silences = sut.Services.GetRequiredService<ISilenceManager>();
        var silence = Assert.Single(await silences.ListAsync(false, Ct));

        using var response = await PostWithoutTokenAsync(sut, $"/aiops/settings/silences/{silence.Id}/expire");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await silences.ListAsync(false, Ct));
    }

    /// <summary>Posts as a forged cross-site form would: the antiforgery cookie may be there, the field is not.</summary>
    private static Task<HttpResponseMessage> PostWithoutTokenAsync(
        DashboardTestHost sut, string url, params (string Name, string Value)[] fields) =>
        sut.Client.PostAsync(
            url,
            new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
            Ct);
}
