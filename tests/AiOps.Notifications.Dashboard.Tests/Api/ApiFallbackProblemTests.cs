using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Api;

/// <summary>Unknown API paths answered 404 and wrong methods 405, both with an empty body instead of a problem.</summary>
public sealed class ApiFallbackProblemTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/aiops/api/nothing")]
    [InlineData("/aiops/api/incidents/inc_1/nothing")]
    [InlineData("/aiops/api")]
    public async Task Get_UnknownApiPath_Returns404Problem(string url)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync(url, Ct);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("https://aiops.dev/problems/not-found", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("GET", "/aiops/api/incidents/%20")]
    [InlineData("GET", "/aiops/api/notifications/%20")]
    [InlineData("POST", "/aiops/api/incidents/%20/acknowledge")]
    [InlineData("POST", "/aiops/api/incidents/%20/resolve")]
    [InlineData("POST", "/aiops/api/deliveries/%20/resend")]
    [InlineData("POST", "/aiops/api/silences/%20/expire")]
    [InlineData("GET", "/aiops/api/silences/%20")]
    public async Task Send_BlankId_Returns404Problem(string method, string url)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), Ct);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("https://aiops.dev/problems/not-found", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("DELETE", "/aiops/api/incidents", "GET, HEAD, POST")]
    [InlineData("PUT", "/aiops/api/incidents/inc_1", "GET, HEAD")]
    [InlineData("OPTIONS", "/aiops/api/incidents", "GET, HEAD, POST")]
    [InlineData("HEAD", "/aiops/api/ingest/alertmanager", "POST")]
    [InlineData("DELETE", "/aiops/api/reports/export", "GET, HEAD")]
    [InlineData("GET", "/aiops/api/ingest/alertmanager", "POST")]
    [InlineData("GET", "/aiops/api/silences/sil_1/expire", "POST")]
    public async Task Send_WrongMethod_Returns405ProblemWithAllow(string method, string url, string allowed)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.SendAsync(new HttpMethod(method), url, null);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("https://aiops.dev/problems/method-not-allowed", problem.GetProperty("type").GetString());
        Assert.Equal(allowed, string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Get_UnknownApiPathFromRemoteWithoutPolicy_Returns403()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { RemoteIp = IPAddress.Parse("203.0.113.7") });

        var response = await sut.Client.GetAsync("/aiops/api/nothing", Ct);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_UnknownPathOutsideTheMount_KeepsTheHostsAnswer()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync("/elsewhere/api/nothing", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(Ct));
    }
}
