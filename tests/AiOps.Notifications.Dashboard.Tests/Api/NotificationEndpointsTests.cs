using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Api;

public sealed class NotificationEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_AfterIngest_ReturnsNotificationWithDeliveriesAndAttempts()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();
        await sut.WaitForAttemptAsync(incident.Id);

        var response = await sut.Client.GetAsync($"/aiops/api/notifications?incidentId={incident.Id}", Ct);

        var list = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var item = list.GetProperty("items")[0];
        Assert.Equal("incident.detected", item.GetProperty("notification").GetProperty("type").GetString());
        var delivery = item.GetProperty("deliveries")[0];
        Assert.Equal("Delivered", delivery.GetProperty("attempts")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Get_KnownAndUnknown_Returns200And404()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();
        var notification = (await sut.Store.GetNotificationsForIncidentAsync(incident.Id, Ct))[0];

        var known = await sut.Client.GetAsync($"/aiops/api/notifications/{notification.Id}", Ct);
        var unknown = await sut.Client.GetAsync("/aiops/api/notifications/ntf_missing", Ct);

        var body = await HttpAssert.JsonAsync(known, HttpStatusCode.OK);
        Assert.Equal(notification.Id, body.GetProperty("notification").GetProperty("id").GetString());
        await HttpAssert.ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("take=0")]
    [InlineData("take=abc")]
    [InlineData("skip=-1")]
    public async Task List_BadPaging_Returns400NamingParameter(string query)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync("/aiops/api/notifications?" + query, Ct);

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(query.Split('=')[0], out _));
    }

    [Fact]
    public async Task Publish_CustomNotification_Returns202AndDelivers()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync("/aiops/api/notifications",
            """{"type":"deploy.finished","title":"Deployed","priority":"Low","data":{"version":"1.2"}}""");

        var notification = await HttpAssert.JsonAsync(response, HttpStatusCode.Accepted);
        Assert.Equal("Low", notification.GetProperty("priority").GetString());
        var id = notification.GetProperty("id").GetString()!;
        Assert.NotEmpty(await sut.Store.GetDeliveriesForNotificationAsync(id, Ct));
    }

    [Fact]
    public async Task Publish_MissingTypeAndUnknownChannel_Returns400()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var missing = await sut.Client.PostJsonAsync("/aiops/api/notifications", """{"title":"x"}""");
        var unknown = await sut.Client.PostJsonAsync(
            "/aiops/api/notifications", """{"type":"t","title":"x","channels":["nope"]}""");

        var errors = (await HttpAssert.ProblemAsync(missing, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("type", out _));
        var channelErrors = (await HttpAssert.ProblemAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(channelErrors.TryGetProperty("channels", out _));
    }

    [Fact]
    public async Task TestSend_KnownChannel_SendsTestTypeToThatChannelOnly()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostAsync($"/aiops/api/channels/{CoreServices.ChannelName}/test", null, Ct);

        var notification = await HttpAssert.JsonAsync(response, HttpStatusCode.Accepted);
        Assert.Equal(NotificationTypes.Test, notification.GetProperty("type").GetString());
        var id = notification.GetProperty("id").GetString()!;
        var deliveries = await sut.Store.GetDeliveriesForNotificationAsync(id, Ct);
        Assert.Equal(CoreServices.ChannelName, Assert.Single(deliveries).Channel);
    }

    [Fact]
    public async Task TestSend_UnknownChannel_Returns404()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostAsync("/aiops/api/channels/nope/test", null, Ct);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }
}
