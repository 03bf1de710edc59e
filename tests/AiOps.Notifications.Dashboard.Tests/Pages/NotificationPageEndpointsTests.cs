using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

public sealed class NotificationPageEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Notifications_FailedDelivery_ListsItWithAttemptsAndResendForm()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await AddFailedDeliveryAsync(sut, "dlv-failed", "<script>x</script>");

        var html = await sut.Client.GetStringAsync("/aiops/notifications?status=Failed", Ct);

        Assert.Contains("1 delivery matches, newest first.", html, StringComparison.Ordinal);
        Assert.Contains("Attempts of delivery dlv-failed", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;x&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/aiops/notifications/dlv-failed/resend?status=Failed\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Failed\" selected", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifications_Delivery_ShowsNotificationTypeAndTitle()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await AddFailedDeliveryAsync(sut, "dlv-failed", "boom");

        var html = await sut.Client.GetStringAsync("/aiops/notifications", Ct);

        Assert.Contains($"<code class=\"type\">{NotificationTypes.Test}</code>", html, StringComparison.Ordinal);
        Assert.Contains("“Test”, not about an incident", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_WithListFilters_RedirectsBackToTheFilteredList()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await AddFailedDeliveryAsync(sut, "dlv-failed", "boom");

        using var response = await PageForms.PostAsync(
            sut, "/aiops/notifications", "/aiops/notifications/dlv-failed/resend?status=Failed&range=24h&page=2");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(
            "/aiops/notifications?status=Failed&range=24h&page=2&done=resent", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Resend_WithForeignQuery_RedirectsOnlyToTheLocalList()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await AddFailedDeliveryAsync(sut, "dlv-failed", "boom");

        using var response = await PageForms.PostAsync(
            sut, "/aiops/notifications", "/aiops/notifications/dlv-failed/resend?returnUrl=https%3A%2F%2Fevil.example&status=Nope");

        Assert.Equal("/aiops/notifications?done=resent", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Notifications_FilterMatchesNothing_SaysSo()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await AddFailedDeliveryAsync(sut, "dlv-failed", "boom");

        var html = await sut.Client.GetStringAsync("/aiops/notifications?status=Delivered&channel=memory", Ct);

        Assert.Contains("No delivery matches.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dlv-failed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_FailedDelivery_RequeuesAndRedirects()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await AddFailedDeliveryAsync(sut, "dlv-failed", "boom");

        using var response = await PageForms.PostAsync(
            sut, "/aiops/notifications", "/aiops/notifications/dlv-failed/resend");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/aiops/notifications?done=resent", response.Headers.Location?.ToString());
        Assert.NotEqual(DeliveryStatus.Failed, (await sut.Store.FindDeliveryAsync("dlv-failed", Ct))!.Status);
    }

    [Fact]
    public async Task Resend_DeliveredDelivery_Returns409()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await AddFailedDeliveryAsync(sut, "dlv-ok", "none", DeliveryStatus.Delivered);
        await AddFailedDeliveryAsync(sut, "dlv-failed", "boom");

        using var response = await PageForms.PostAsync(sut, "/aiops/notifications", "/aiops/notifications/dlv-ok/resend");

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Resend_UnknownDelivery_Returns404DeliveryNotFoundPage()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await AddFailedDeliveryAsync(sut, "dlv-failed", "boom");

        using var response = await PageForms.PostAsync(
            sut, "/aiops/notifications", "/aiops/notifications/dlv-nope/resend");

        var html = await HttpAssert.NotFoundPageAsync(response, "Delivery", "dlv-nope");
        Assert.Contains("<a href=\"/aiops/notifications\">Back to notifications</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_ReadOnly_HiddenAndRefused()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { ConfigureOptions = o => o.ReadOnly = true });
        await AddFailedDeliveryAsync(sut, "dlv-failed", "boom");

        var html = await sut.Client.GetStringAsync("/aiops/notifications", Ct);
        using var response = await sut.Client.PostAsync(
            "/aiops/notifications/dlv-failed/resend", new FormUrlEncodedContent([]), Ct);

        Assert.DoesNotContain("/resend", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Resend_WithoutToken_Returns400()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await AddFailedDeliveryAsync(sut, "dlv-failed", "boom");

        using var response = await sut.Client.PostAsync(
            "/aiops/notifications/dlv-failed/resend", new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(DeliveryStatus.Failed, (await sut.Store.FindDeliveryAsync("dlv-failed", Ct))!.Status);
    }

    internal static async Task AddFailedDeliveryAsync(
        DashboardTestHost sut, string id, string error, DeliveryStatus status = DeliveryStatus.Failed)
    {
        var now = DashboardTestHost.Now;
        var notification = new Notification
        {
            Id = "ntf-" + id, Type = NotificationTypes.Test, Title = "Test", CreatedAt = now,
        };
        var delivery = new Delivery
        {
            Id = id, NotificationId = notification.Id, Channel = CoreServices.ChannelName, Status = status,
            AttemptCount = 1, CreatedAt = now, CompletedAt = now, LastError = error,
        };
        await sut.Store.AddNotificationAsync(notification, [delivery], Ct);
        await sut.Store.AddAttemptAsync(
            new DeliveryAttempt
            {
                Id = "att-" + id, DeliveryId = id, NotificationId = notification.Id, Channel = delivery.Channel,
                Number = 1, StartedAt = now, Outcome = AttemptOutcome.PermanentFailure, Detail = error,
            },
            Ct);
    }
}
