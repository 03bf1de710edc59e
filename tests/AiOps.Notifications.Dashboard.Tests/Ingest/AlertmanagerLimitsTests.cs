using System.Net;
using System.Text.Json.Nodes;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Ingest;

/// <summary>
/// Alertmanager and Grafana ingest skipped the limits of <c>/api/incidents</c> and the generic webhook: an alert
/// that started in 1970 opened an incident no report shows, an 800-character summary became the title, and 100
/// labels or unlimited annotations were stored.
/// </summary>
public sealed class AlertmanagerLimitsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> OverLimit
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var source in new[] { "alertmanager", "grafana" })
            {
                data.Add(source, Alert("\"startsAt\":\"1970-01-01T00:00:00Z\""), "$.alerts[0].startsAt");
                data.Add(source, Alert("\"startsAt\":\"9000-01-01T00:00:00Z\""), "$.alerts[0].startsAt");
                data.Add(source, Alert("\"endsAt\":\"1999-12-31T23:59:59Z\""), "$.alerts[0].endsAt");
                data.Add(source, Alert("\"endsAt\":\"9999-12-31T23:59:59Z\""), "$.alerts[0].endsAt");
                data.Add(source, Alert("\"labels\":" + Map(65, 5)), "$.alerts[0].labels");
                data.Add(source, Alert("\"labels\":{\"" + new string('k', 201) + "\":\"v\"}"), "$.alerts[0].labels");
                data.Add(source, Alert("\"annotations\":" + Map(65, 5)), "$.alerts[0].annotations");
                data.Add(source, "{\"alerts\":[{\"status\":\"firing\",\"fingerprint\":\"" + new string('f', 501)
                    + "\"}]}", "$.alerts[0].fingerprint");
                data.Add(source, Alert("\"generatorURL\":\"https://x/" + new string('q', 20_000) + "\""),
                    "$.alerts[0].generatorURL");
                data.Add(source, Alert("\"values\":" + Values(65)), "$.alerts[0].values");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OverLimit))]
    public async Task Post_AlertOverLimit_Returns400NamingPathAndStoresNothing(string source, string body, string path)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync("/aiops/api/ingest/" + source, body);

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(path, out _), errors.ToString());
        Assert.Equal(0, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    [Fact]
    public async Task Post_SecondAlertOverLimit_StoresNotEvenTheFirst()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var payload = JsonNode.Parse(Payloads.Sample)!;
        payload["alerts"]![1]!["labels"] = JsonNode.Parse(Map(100, 5));

        var response = await sut.Client.PostJsonAsync("/aiops/api/ingest/alertmanager", payload.ToJsonString());

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.alerts[1].labels", out _), errors.ToString());
        Assert.Equal(0, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    [Theory]
    [InlineData("alertmanager")]
    [InlineData("grafana")]
    public async Task Post_ZeroTimesAndLimitsReached_AreAccepted(string source)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var body = Alert("\"startsAt\":\"0001-01-01T00:00:00Z\",\"endsAt\":\"0001-01-01T00:00:00Z\","
            + "\"labels\":" + Map(64, 2_000) + ",\"annotations\":" + Map(64, 2_000) + ",\"values\":" + Values(64));

        var response = await sut.Client.PostJsonAsync("/aiops/api/ingest/" + source, body);

        Assert.Equal(1, (await HttpAssert.JsonAsync(response, HttpStatusCode.OK)).GetProperty("opened").GetInt32());
        var incident = Assert.Single((await sut.Store.QueryIncidentsAsync(new(), Ct)).Items);
        Assert.Equal(DashboardTestHost.Now, incident.DetectedAt);
        Assert.Equal(64, incident.Labels.Count);
    }

    [Theory]
    [InlineData("alertmanager")]
    [InlineData("grafana")]
    public async Task Post_LongSummary_TitleCutWithEllipsisAnnotationKept(string source)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var summary = new string('s', 800);

        var response = await sut.Client.PostJsonAsync(
            "/aiops/api/ingest/" + source, Alert($"\"annotations\":{{\"summary\":\"{summary}\"}}"));

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        var incident = Assert.Single((await sut.Store.QueryIncidentsAsync(new(), Ct)).Items);
        Assert.Equal(500, incident.Title.Length);
        Assert.Equal(new string('s', 499) + "…", incident.Title);
        Assert.Equal(summary, incident.Annotations["summary"]);
    }

    [Fact]
    public async Task Post_LongDescription_AcceptedMessageAndAnnotationCutAtLongText()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var description = new string('d', 25_000);

        var response = await sut.Client.PostJsonAsync(
            "/aiops/api/ingest/alertmanager", Alert($"\"annotations\":{{\"description\":\"{description}\"}}"));

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        var incident = Assert.Single((await sut.Store.QueryIncidentsAsync(new(), Ct)).Items);
        Assert.Equal(new string('d', 19_999) + "…", incident.Message);
        Assert.Equal(incident.Message, incident.Annotations["description"]);
    }

    [Fact]
    public async Task Post_LongServiceLabel_ComponentCutLabelKept()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var service = new string('c', 300);

        var response = await sut.Client.PostJsonAsync(
            "/aiops/api/ingest/alertmanager", Alert($"\"labels\":{{\"service\":\"{service}\"}}"));

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        var incident = Assert.Single((await sut.Store.QueryIncidentsAsync(new(), Ct)).Items);
        Assert.Equal(new string('c', 199) + "…", incident.Component);
        Assert.Equal(service, incident.Labels["service"]);
    }

    private static string Alert(string fields) =>
        "{\"alerts\":[{\"status\":\"firing\",\"fingerprint\":\"f1\"," + fields + "}]}";

    private static string Map(int entries, int valueLength)
    {
        var map = new JsonObject();
        for (var i = 0; i < entries; i++)
        {
            map["k" + i] = new string('v', valueLength);
        }

        return map.ToJsonString();
    }

    private static string Values(int entries)
    {
        var values = new JsonObject();
        for (var i = 0; i < entries; i++)
        {
            values["R" + i] = i;
        }

        return values.ToJsonString();
    }
}
