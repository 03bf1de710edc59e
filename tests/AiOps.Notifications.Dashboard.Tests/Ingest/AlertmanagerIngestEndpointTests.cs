using System.Net;
using System.Text.Json;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Ingest;

public sealed class AlertmanagerIngestEndpointTests
{
    private const string Url = "/aiops/api/ingest/alertmanager";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_FiringAlert_OpensIncidentWithLabels()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostAsync(Url, Payloads.Json(Payloads.Sample), Ct);

        var summary = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(2, summary.GetProperty("received").GetInt32());
        Assert.Equal(1, summary.GetProperty("opened").GetInt32());
        Assert.Equal(1, summary.GetProperty("ignored").GetInt32());
        var incident = await sut.Store.FindOpenIncidentAsync(Payloads.FiringFingerprint, Ct);
        Assert.NotNull(incident);
        Assert.Equal("5xx ratio above 5% on checkout-7d9f-abcde", incident.Title);
        Assert.Equal("Error ratio is 0.0731 (threshold 0.05) for 10m.", incident.Message);
        Assert.Equal("checkout", incident.Component);
        Assert.Equal("alertmanager", incident.Source);
        Assert.Equal(IncidentLevel.Critical, incident.Level);
        Assert.Equal("checkout-7d9f-abcde:8080", incident.Labels["instance"]);
        Assert.Equal("payments", incident.Labels["team"]);
        Assert.Equal("https://runbooks.example.test/high-error-rate", incident.Annotations["runbook_url"]);
        Assert.Contains("&g0.tab=1", incident.Annotations["generatorURL"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SamePayloadTwice_AppliesItOnce()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Client.PostAsync(Url, Payloads.Json(Payloads.Sample), Ct);

        var response = await sut.Client.PostAsync(Url, Payloads.Json(Payloads.Sample), Ct);

        var summary = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.True(summary.GetProperty("duplicate").GetBoolean());
        Assert.Equal(0, summary.GetProperty("opened").GetInt32());
        var all = await sut.Store.QueryIncidentsAsync(new(), Ct);
        var incident = Assert.Single(all.Items);
        Assert.Equal(1, incident.OccurrenceCount);
        Assert.Single(await sut.Store.GetNotificationsForIncidentAsync(incident.Id, Ct));
    }

    [Fact]
    public async Task Post_ResolvedAlert_ResolvesIncident()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Client.PostAsync(Url, Payloads.Json(Payloads.Sample), Ct);
        var opened = await sut.Store.FindOpenIncidentAsync(Payloads.FiringFingerprint, Ct);

        var response = await sut.Client.PostAsync(Url, Payloads.Json(Payloads.Resolved), Ct);

        var summary = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, summary.GetProperty("resolved").GetInt32());
        var incident = await sut.Store.FindIncidentAsync(opened!.Id, Ct);
        Assert.Equal(IncidentStatus.Resolved, incident!.Status);
        Assert.Null(await sut.Store.FindOpenIncidentAsync(Payloads.FiringFingerprint, Ct));
    }

    [Theory]
    [InlineData("{\"alerts\": [", "$.alerts[0]")]
    [InlineData("not json", "$")]
    [InlineData("{\"alerts\": 5}", "$.alerts")]
    [InlineData("{\"version\": \"4\"}", "$.alerts")]
    [InlineData("{\"alerts\": [{\"status\": \"firing\", \"labels\": {\"a\": 1}, \"fingerprint\": \"x\"}]}",
        "$.alerts[0].labels.a")]
    [InlineData("{\"alerts\": [{\"status\": \"firing\", \"startsAt\": \"yesterday\", \"fingerprint\": \"x\"}]}",
        "$.alerts[0].startsAt")]
    [InlineData("{\"alerts\": [{\"status\": \"firing\"}]}", "$.alerts[0].fingerprint")]
    [InlineData("{\"alerts\": [{\"status\": \"pending\", \"fingerprint\": \"x\"}]}", "$.alerts[0].status")]
    [InlineData("{\"alerts\": [null]}", "$.alerts[0]")]
    public async Task Post_MalformedBody_Returns400NamingThePath(string body, string path)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostAsync(Url, Payloads.Json(body), Ct);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out _), problem.ToString());
        Assert.Equal(0, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    [Fact]
    public async Task Post_NanosecondTimestamps_ParsesStartTime()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var body = Payloads.Sample.Replace("2026-12-03T08:14:30.123456789Z", "2026-12-03T09:14:30.123456789+01:00",
            StringComparison.Ordinal);

        var response = await sut.Client.PostAsync(Url, Payloads.Json(body), Ct);

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413()
    {
        await using var sut = await DashboardTestHost.StartAsync(
            new() { ConfigureOptions = o => o.MaxIngestBodyBytes = 100 });

        var response = await sut.Client.PostAsync(Url, Payloads.Json(Payloads.Sample), Ct);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_NotJson_Returns415()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        using var content = new StringContent("alerts", System.Text.Encoding.UTF8, "text/plain");

        var response = await sut.Client.PostAsync(Url, content, Ct);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Post_UnknownFields_AreAccepted()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var body = Payloads.Sample.Replace("\"version\": \"4\",", "\"version\": \"4\", \"future\": {\"x\": [1]},",
            StringComparison.Ordinal);

        var response = await sut.Client.PostAsync(Url, Payloads.Json(body), Ct);

        var summary = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Array, summary.GetProperty("incidentIds").ValueKind);
    }

    [Fact]
    public async Task Post_QueueFull_Returns503WithRetryAfter()
    {
        await using var sut = await DashboardTestHost.StartAsync(new()
        {
            ConfigureServices = services => services.AddSingleton<IIncidentManager, OverloadedIncidentManager>(),
        });

        var response = await sut.Client.PostAsync(Url, Payloads.Json(Payloads.Sample), Ct);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
    }
}
