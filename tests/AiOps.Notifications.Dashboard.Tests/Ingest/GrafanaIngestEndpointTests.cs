using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Ingest;

public sealed class GrafanaIngestEndpointTests
{
    private const string Url = "/aiops/api/ingest/grafana";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_Sample_OpensIncidentWithGrafanaLinksAndValues()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostAsync(Url, Payloads.Json(Payloads.GrafanaFiring), Ct);

        var summary = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, summary.GetProperty("opened").GetInt32());
        var incident = await sut.Store.FindOpenIncidentAsync("grafana:0a1b2c3d4e5f6071", Ct);
        Assert.NotNull(incident);
        Assert.Equal("grafana", incident.Source);
        Assert.Equal("Disk on db-01 is 93% full", incident.Title);
        Assert.Equal("A=93.2, C=1", incident.Annotations["values"]);
        Assert.StartsWith("https://grafana.example.test/alerting/silence", incident.Annotations["silenceURL"],
            StringComparison.Ordinal);
        Assert.False(incident.Annotations.ContainsKey("dashboardURL"));
    }

    [Fact]
    public async Task Post_SameDeliveryTwice_OneIncidentOneNotification()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Client.PostAsync(Url, Payloads.Json(Payloads.GrafanaFiring), Ct);

        var second = await sut.Client.PostAsync(Url, Payloads.Json(Payloads.GrafanaFiring), Ct);

        Assert.True((await HttpAssert.JsonAsync(second, HttpStatusCode.OK)).GetProperty("duplicate").GetBoolean());
        var incident = Assert.Single((await sut.Store.QueryIncidentsAsync(new(), Ct)).Items);
        Assert.Single(await sut.Store.GetNotificationsForIncidentAsync(incident.Id, Ct));
    }

    [Fact]
    public async Task Post_AlertWithoutFingerprint_Returns400()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var body = Payloads.GrafanaFiring.Replace(
            "\"fingerprint\": \"0a1b2c3d4e5f6071\",", "", StringComparison.Ordinal);

        var response = await sut.Client.PostAsync(Url, Payloads.Json(body), Ct);

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.alerts[0].fingerprint", out _));
    }
}
