using System.Net;
using System.Text.Json;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Api;

public sealed class IncidentApiEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_AfterIngest_ReturnsIncidentWithNotificationsDeliveriesAndAttempts()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();
        await sut.WaitForAttemptAsync(incident.Id);

        var response = await sut.Client.GetAsync("/aiops/api/incidents", Ct);

        var list = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var item = list.GetProperty("items")[0];
        Assert.Equal(incident.Id, item.GetProperty("incident").GetProperty("id").GetString());
        Assert.Equal("New", item.GetProperty("incident").GetProperty("status").GetString());
        Assert.Equal("Critical", item.GetProperty("incident").GetProperty("level").GetString());
        var notification = item.GetProperty("notifications")[0];
        Assert.Equal("incident.detected", notification.GetProperty("notification").GetProperty("type").GetString());
        var delivery = notification.GetProperty("deliveries")[0];
        Assert.Equal(CoreServices.ChannelName, delivery.GetProperty("delivery").GetProperty("channel").GetString());
        Assert.Equal("Delivered", delivery.GetProperty("attempts")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Get_KnownIncident_ReturnsLabelsAndAnnotations()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();

        var response = await sut.Client.GetAsync($"/aiops/api/incidents/{incident.Id}", Ct);

        var details = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        var body = details.GetProperty("incident");
        Assert.Equal("alertmanager:6b2f1c8a9d0e4f13", body.GetProperty("fingerprint").GetString());
        Assert.Equal("payments", body.GetProperty("labels").GetProperty("team").GetString());
        Assert.True(body.GetProperty("annotations").TryGetProperty("generatorURL", out _));
        Assert.Equal(JsonValueKind.Array, details.GetProperty("notifications").ValueKind);
    }

    [Fact]
    public async Task Get_UnknownIncident_Returns404Problem()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync("/aiops/api/incidents/missing", Ct);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("https://aiops.dev/problems/not-found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task List_InvalidFilters_Returns400NamingEachField()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync("/aiops/api/incidents?status=bogus&level=7&skip=-1&take=0", Ct);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.All(["status", "level", "skip", "take"], name => Assert.True(errors.TryGetProperty(name, out _), name));
    }

    [Theory]
    [InlineData("status=new", 1)]
    [InlineData("status=Resolved", 0)]
    [InlineData("level=critical", 1)]
    [InlineData("component=checkout", 1)]
    [InlineData("component=billing", 0)]
    [InlineData("q=5xx", 1)]
    [InlineData("skip=1", 0)]
    public async Task List_Filter_MatchesIncidents(string filter, int expected)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.IngestSampleAsync();

        var response = await sut.Client.GetAsync("/aiops/api/incidents?" + filter, Ct);

        var list = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(expected, list.GetProperty("items").GetArrayLength());
    }
}
