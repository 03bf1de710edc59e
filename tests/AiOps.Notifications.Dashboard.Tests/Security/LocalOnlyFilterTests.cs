using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace AiOps.Notifications.Dashboard.Tests.Security;

public sealed class LocalOnlyFilterTests
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/aiops")]
    [InlineData("/aiops/api/incidents")]
    [InlineData("/aiops/assets/dashboard.css")]
    public async Task Get_RemoteWithoutPolicy_Returns403Problem(string url)
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { RemoteIp = Remote });

        var response = await sut.Client.GetAsync(url, Ct);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("https://aiops.dev/problems/local-only", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Ingest_RemoteWithoutPolicy_Returns403AndStoresNothing()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { RemoteIp = Remote });

        var response = await sut.Client.PostAsync(
            "/aiops/api/ingest/alertmanager", Payloads.Json(Payloads.Sample), Ct);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(0, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.10.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Get_Loopback_Returns200(string address)
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { RemoteIp = IPAddress.Parse(address) });

        var response = await sut.Client.GetAsync("/aiops/api/incidents", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownRemoteAddress_Returns403()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { RemoteIp = null });

        var response = await sut.Client.GetAsync("/aiops/api/incidents", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("X-Forwarded-For")]
    [InlineData("Forwarded")]
    [InlineData("X-Real-IP")]
    [InlineData("True-Client-IP")]
    public async Task Get_LoopbackThroughProxy_Returns403(string header)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/aiops/api/incidents");
        request.Headers.TryAddWithoutValidation(header, header == "Forwarded" ? "for=198.51.100.4" : "198.51.100.4");

        var response = await sut.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_RemoteAuthenticatedWithRequireAuthorization_Returns200()
    {
        await using var sut = await DashboardTestHost.StartAsync(new()
        {
            RemoteIp = Remote,
            WithAuthentication = true,
            ConfigureMount = mount => mount.RequireAuthorization(DashboardTestHost.PolicyName),
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/aiops/api/incidents");
        request.Headers.Add(TestAuthHandler.Header, "operator");

        var response = await sut.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_RemoteAnonymousWithRequireAuthorization_IsChallenged()
    {
        await using var sut = await DashboardTestHost.StartAsync(new()
        {
            RemoteIp = Remote,
            WithAuthentication = true,
            ConfigureMount = mount => mount.RequireAuthorization(),
        });

        var response = await sut.Client.GetAsync("/aiops/api/incidents", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_RemoteAuthenticatedWithPolicyOption_Returns200()
    {
        await using var sut = await DashboardTestHost.StartAsync(new()
        {
            RemoteIp = Remote,
            WithAuthentication = true,
            ConfigureOptions = options => options.AuthorizationPolicy = DashboardTestHost.PolicyName,
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/aiops");
        request.Headers.Add(TestAuthHandler.Header, "operator");

        var response = await sut.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
