namespace AiOps.Notifications.Storage.Conformance;

/// <content>Listing notifications and their attempts.</content>
public abstract partial class NotificationStoreConformanceTests
{
    [Fact]
    public async Task QueryNotificationsAsync_NoFilter_ReturnsNewestFirstWithTotal()
    {
        var sut = await CreateSutAsync();
        await sut.SaveIncidentAsync(StoreTestData.FullIncident(), Ct);
        for (var n = 1; n <= 3; n++)
        {
            var notification = StoreTestData.FullNotification($"ntf-{n}") with
            {
                CreatedAt = StoreTestData.T0.AddSeconds(n),
            };
            await sut.AddNotificationAsync(notification, [], Ct);
        }

        var page = await sut.QueryNotificationsAsync(new NotificationQuery { Skip = 1, Take = 1 }, Ct);

        Assert.Equal(3, page.Total);
        Assert.Equal(["ntf-2"], page.Items.Select(item => item.Id));
    }

    [Fact]
    public async Task QueryNotificationsAsync_TypeAndIncidentFilters_MatchExactly()
    {
        var sut = await CreateSutAsync();
        await sut.SaveIncidentAsync(StoreTestData.FullIncident(), Ct);
        await sut.AddNotificationAsync(StoreTestData.FullNotification("ntf-a"), [], Ct);
        await sut.AddNotificationAsync(
            StoreTestData.FullNotification("ntf-b", incidentId: null) with { Type = NotificationTypes.Test }, [], Ct);

        var byType = await sut.QueryNotificationsAsync(new NotificationQuery { Type = NotificationTypes.Test }, Ct);
        var byIncident = await sut.QueryNotificationsAsync(new NotificationQuery { IncidentId = "inc-1" }, Ct);

        Assert.Equal(["ntf-b"], byType.Items.Select(item => item.Id));
        Assert.Equal(["ntf-a"], byIncident.Items.Select(item => item.Id));
        Assert.Equal(1, byIncident.Total);
    }

    [Fact]
    public async Task GetAttemptsForNotificationAsync_TwoAttempts_ReturnsThemOldestFirst()
    {
        var sut = await CreateSutAsync();
        await sut.SaveIncidentAsync(StoreTestData.FullIncident(), Ct);
        await sut.AddNotificationAsync(StoreTestData.FullNotification(), [StoreTestData.FullDelivery("dlv-1")], Ct);
        var late = StoreTestData.FullAttempt("att-2", "dlv-1", StoreTestData.T0.AddMinutes(2));
        var early = StoreTestData.FullAttempt("att-1", "dlv-1", StoreTestData.T0.AddMinutes(1)) with { Number = 1 };
        await sut.AddAttemptAsync(late, Ct);
        await sut.AddAttemptAsync(early, Ct);

        var attempts = await sut.GetAttemptsForNotificationAsync("ntf-1", Ct);

        Assert.Equal([early, late], attempts);
        Assert.Empty(await sut.GetAttemptsForNotificationAsync("ntf-unknown", Ct));
    }
}
