using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Issues;

/// <summary>HEAD answered 405 (<c>Allow: GET</c>) on every page, API read and asset; HTTP requires it wherever GET
/// works, and uptime checkers send it.</summary>
public sealed class HeadAnswered405Tests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/aiops")]
    [InlineData("/aiops/incidents")]
    [InlineData("/aiops/notifications")]
    [InlineData("/aiops/settings")]
    [InlineData("/aiops/api/incidents")]
    [InlineData("/aiops/api/metrics/overview")]
    [InlineData("/aiops/assets/dashboard.css")]
    [InlineData("/aiops/openapi/v1.json")]
    public async Task Head_GetEndpoint_AnswersAsGet(string url)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        using var get = await sut.Client.GetAsync(url, Ct);

        using var head = await sut.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), Ct);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
    }

    [Fact]
    public async Task Head_MissingIncidentPage_Returns404()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        using var response = await sut.Client.SendAsync(
            new HttpRequestMessage(HttpMethod.Head, "/aiops/incidents/inc_nope"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Head_Events_AnswersHeadersWithoutHoldingTheStream()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));

        using var response = await sut.Client.SendAsync(
            new HttpRequestMessage(HttpMethod.Head, "/aiops/events"), timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(timeout.Token));
    }

    [Fact]
    public async Task Options_Page_Returns405AllowingGetAndHead()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        using var response = await sut.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/aiops"), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Head_RemoteWithoutPolicy_Returns403LikeGet()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { RemoteIp = IPAddress.Parse("203.0.113.7") });

        using var response = await sut.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/aiops"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Head_FromAnotherSiteOnReadOnlyMount_Returns200LikeGet()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { ConfigureOptions = o => o.ReadOnly = true });

        using var response = await sut.Client.SendAsync(
            HttpMethod.Head, "/aiops/api/incidents", null, ("Sec-Fetch-Site", "cross-site"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
