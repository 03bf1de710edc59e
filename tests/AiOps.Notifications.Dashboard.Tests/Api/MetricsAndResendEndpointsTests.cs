using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Api;

public sealed class MetricsAndResendEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Overview_AfterIngest_CountsTheIncident()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.IngestSampleAsync();

        var response = await sut.Client.GetAsync("/aiops/api/metrics/overview", Ct);

        var report = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        var incidents = report.GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == "incidents");
        Assert.Equal(1, incidents.GetProperty("value").GetDouble());
    }

    [Theory]
    [InlineData("/aiops/api/metrics/live", "openIncidents")]
    [InlineData("/aiops/api/metrics/heatmap", "items")]
    [InlineData("/aiops/api/metrics/agents", "items")]
    [InlineData("/aiops/api/metrics/channels", "items")]
    public async Task Metrics_Default_Returns200WithData(string url, string property)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.IngestSampleAsync();

        var response = await sut.Client.GetAsync(url, Ct);

        Assert.True((await HttpAssert.JsonAsync(response, HttpStatusCode.OK)).TryGetProperty(property, out _));
    }

    [Theory]
    [InlineData("overview", "from=yesterday", "from")]
    [InlineData("overview", "from=2026-12-03T10:00:00Z&to=2026-12-03T09:00:00Z", "from")]
    [InlineData("overview", "from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    [InlineData("overview", "level=Huge", "level")]
    [InlineData("overview", "from=0001-01-01T00:00:00Z&to=0001-01-02T00:00:00Z", "from")]
    [InlineData("overview", "from=9999-12-31T00:00:00Z&to=9999-12-31T23:59:59.9999999Z", "to")]
    [InlineData("overview", "to=0001-01-01T00:00:00Z", "to")]
    [InlineData("channels", "from=abc", "from")]
    [InlineData("channels", "from=0001-01-01T00:00:00Z&to=9999-12-31T00:00:00Z", "from")]
    [InlineData("channels", "level=Error", "level")]
    [InlineData("channels", "component=checkout", "component")]
    [InlineData("channels", "agent=ops-agent", "agent")]
    public async Task Metrics_BadFilters_Returns400NamingField(string metric, string query, string field)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync($"/aiops/api/metrics/{metric}?" + query, Ct);

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Theory]
    [InlineData("overview")]
    [InlineData("live")]
    [InlineData("heatmap")]
    [InlineData("agents")]
    public async Task Metrics_IncidentFilters_Returns200(string metric)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync(
            $"/aiops/api/metrics/{metric}?level=Error&component=checkout&agent=ops-agent", Ct);

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Channels_PeriodBeforeTheAttempts_CountsNone()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();
        await sut.WaitForAttemptAsync(incident.Id);
        Assert.True((await ChannelItemsAsync(sut, "")).GetArrayLength() > 0);

        var items = await ChannelItemsAsync(sut, "?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z");

        Assert.Equal(0, items.GetArrayLength());
    }

    [Fact]
    public async Task Resend_FailedDelivery_Returns202AndQueuesIt()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await AddDeliveryAsync(sut, DeliveryStatus.Failed);

        var response = await sut.Client.PostAsync("/aiops/api/deliveries/dlv_failed/resend", null, Ct);

        var delivery = await HttpAssert.JsonAsync(response, HttpStatusCode.Accepted);
        Assert.Equal("Pending", delivery.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Resend_DeliveredOrUnknown_Returns409Or404()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await AddDeliveryAsync(sut, DeliveryStatus.Delivered);

        var delivered = await sut.Client.PostAsync("/aiops/api/deliveries/dlv_failed/resend", null, Ct);
        var unknown = await sut.Client.PostAsync("/aiops/api/deliveries/dlv_missing/resend", null, Ct);

        await HttpAssert.ProblemAsync(delivered, HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    private static Task AddDeliveryAsync(DashboardTestHost sut, DeliveryStatus status)
    {
        var notification = new Notification
        {
            Id = "ntf_x", Type = NotificationTypes.Test, Title = "t", CreatedAt = DashboardTestHost.Now,
        };
        var delivery = new Delivery
        {
            Id = "dlv_failed",
            NotificationId = notification.Id,
            Channel = CoreServices.ChannelName,
            Recipient = "ops",
            Status = status,
            AttemptCount = 3,
            CreatedAt = DashboardTestHost.Now,
            CompletedAt = DashboardTestHost.Now,
        };
        return sut.Store.AddNotificationAsync(notification, [delivery], Ct);
    }

    private static async Task<System.Text.Json.JsonElement> ChannelItemsAsync(DashboardTestHost sut, string query)
    {
        var response = await sut.Client.GetAsync("/aiops/api/metrics/channels" + query, Ct);
        return (await HttpAssert.JsonAsync(response, HttpStatusCode.OK)).GetProperty("items");
    }
}
