using System.Net;
using AiOps.Notifications.Dashboard.Security;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Tests.Security;

public sealed class CrossSiteFilterTests
{
    private const string Evil = "http://evil.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Resolve_ForeignOriginWithoutBody_Returns403AndIncidentStaysOpen()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        var response = await sut.Client.SendAsync(
            HttpMethod.Post, $"/aiops/api/incidents/{incident.Id}/resolve", null, ("Origin", Evil));

        await AssertCrossSiteAsync(response);
        Assert.Equal(IncidentStatus.New, (await sut.Store.FindIncidentAsync(incident.Id, Ct))!.Status);
    }

    [Fact]
    public async Task TestSend_ForeignOrigin_Returns403()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.SendAsync(
            HttpMethod.Post, $"/aiops/api/channels/{CoreServices.ChannelName}/test", null, ("Origin", Evil));

        await AssertCrossSiteAsync(response);
    }

    [Theory]
    [MemberData(nameof(StateChangingRoutes.OperatorActions), MemberType = typeof(StateChangingRoutes))]
    public async Task Post_OperatorActionFromForeignOrigin_Returns403CrossSite(string route)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.SendAsync(
            HttpMethod.Post, StateChangingRoutes.Url(route, "inc_1"), "{}", ("Origin", Evil));

        await AssertCrossSiteAsync(response);
    }

    [Theory]
    [MemberData(nameof(StateChangingRoutes.OpenWhenReadOnly), MemberType = typeof(StateChangingRoutes))]
    public async Task Post_InboundReportFromForeignOrigin_Returns403AndStoresNothing(string route, string body)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.SendAsync(HttpMethod.Post, route, body, ("Origin", Evil));

        await AssertCrossSiteAsync(response);
        Assert.Equal(0, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    public async Task Resolve_SecFetchSiteOtherSite_Returns403(string site)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        var response = await sut.Client.SendAsync(
            HttpMethod.Post, $"/aiops/api/incidents/{incident.Id}/resolve", null, ("Sec-Fetch-Site", site));

        await AssertCrossSiteAsync(response);
    }

    [Fact]
    public async Task Resolve_NullOrigin_Returns403()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        var response = await sut.Client.SendAsync(
            HttpMethod.Post, $"/aiops/api/incidents/{incident.Id}/resolve", null, ("Origin", "null"));

        await AssertCrossSiteAsync(response);
    }

    [Theory]
    [InlineData("Origin", "http://localhost")]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Sec-Fetch-Site", "none")]
    public async Task Resolve_SameOrigin_Resolves(string header, string value)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        var response = await sut.Client.SendAsync(
            HttpMethod.Post, $"/aiops/api/incidents/{incident.Id}/resolve", null, (header, value));

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(IncidentStatus.Resolved, (await sut.Store.FindIncidentAsync(incident.Id, Ct))!.Status);
    }

    [Fact]
    public async Task Resolve_NoOriginHeaders_Resolves()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        using var response = await sut.Client.PostAsync($"/aiops/api/incidents/{incident.Id}/resolve", null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_NoOriginHeaders_OpensIncident()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var incident = await sut.IngestSampleAsync();

        Assert.Equal(IncidentStatus.New, incident.Status);
    }

    [Fact]
    public async Task ResolveForm_SameOriginBrowserPostUnderPathBase_Redirects()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { PathBase = "/ops" });
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);
        sut.Client.DefaultRequestHeaders.Add("Origin", "http://localhost");
        sut.Client.DefaultRequestHeaders.Add("Sec-Fetch-Site", "same-origin");

        using var response = await PageForms.PostAsync(
            sut, $"/ops/aiops/incidents/{incident.Id}", $"/ops/aiops/incidents/{incident.Id}/resolve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(IncidentStatus.Resolved, (await sut.Store.FindIncidentAsync(incident.Id, Ct))!.Status);
    }

    [Fact]
    public async Task Get_ForeignOrigin_Answers()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.SendAsync(HttpMethod.Get, "/aiops/api/incidents", null, ("Origin", Evil));

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("https", "ops.example", "https://ops.example", false)]
    [InlineData("https", "ops.example:443", "https://ops.example", false)]
    [InlineData("https", "OPS.example", "https://ops.example", false)]
    [InlineData("http", "ops.example", "https://ops.example", true)]
    [InlineData("https", "ops.example", "https://ops.example:8443", true)]
    [InlineData("https", "ops.example", "https://ops.example.evil.example", true)]
    [InlineData("https", "ops.example", "not an origin", true)]
    public void IsCrossSite_OriginAgainstSchemeAndHost_ComparesSchemeHostAndPort(
        string scheme, string host, string origin, bool expected)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = scheme;
        request.Host = new HostString(host);
        request.Headers.Origin = origin;

        var crossSite = CrossSiteFilter.IsCrossSite(request);

        Assert.Equal(expected, crossSite);
    }

    private static async Task AssertCrossSiteAsync(HttpResponseMessage response)
    {
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("https://aiops.dev/problems/cross-site", problem.GetProperty("type").GetString());
        response.Dispose();
    }
}
