using System.Net;
using System.Net.Http.Headers;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

public sealed class AssetEndpointsTests
{
    private const string Url = "/aiops/assets/dashboard.css";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stylesheet_Get_ServesEmbeddedCssWithCachingHeaders()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync(Url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.Public);
        var css = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("prefers-color-scheme: dark", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheet_IfNoneMatchCurrent_Returns304()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var first = await sut.Client.GetAsync(Url, Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await sut.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(EntityTagHeaderValue.Parse(first.Headers.ETag!.ToString()), response.Headers.ETag);
    }
}
