using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Ingest;

/// <summary><c>"startedAt":"2099-01-01T00:00:00Z"</c> opened an incident detected in 2099.</summary>
public sealed class FutureStartTimeTests
{
    [Theory]
    [InlineData("/aiops/api/ingest/generic", """{"source":"s","title":"x","startedAt":"2099-01-01T00:00:00Z"}""")]
    [InlineData("/aiops/api/incidents", """{"title":"x","startedAt":"2099-01-01T00:00:00Z"}""")]
    [InlineData("/aiops/api/ingest/alertmanager",
        """{"alerts":[{"status":"firing","fingerprint":"f","startsAt":"2099-01-01T00:00:00Z"}]}""")]
    [InlineData("/aiops/api/ingest/grafana",
        """{"alerts":[{"status":"firing","fingerprint":"f","startsAt":"2099-01-01T00:00:00Z"}]}""")]
    public async Task Post_StartInTheFuture_DetectedAtTimeOfReceipt(string url, string body)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync(url, body);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
        var incident = Assert.Single((await sut.Store.QueryIncidentsAsync(new(), ct)).Items);
        Assert.Equal(DashboardTestHost.Now, incident.DetectedAt);
    }
}
