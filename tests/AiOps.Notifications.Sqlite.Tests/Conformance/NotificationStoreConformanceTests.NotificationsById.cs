namespace AiOps.Notifications.Storage.Conformance;

/// <content>Chosen notifications, for the notification history.</content>
public abstract partial class NotificationStoreConformanceTests
{
    [Fact]
    public async Task GetNotificationsAsync_KnownAndUnknownIds_ReturnsTheKnownOnesOnce()
    {
        var sut = await CreateSutAsync();
        foreach (var id in new[] { "ntf-1", "ntf-2", "ntf-3" })
        {
            await sut.AddNotificationAsync(StoreTestData.FullNotification(id), [], Ct);
        }

        var found = await sut.GetNotificationsAsync(["ntf-3", "missing", "ntf-1", "ntf-3"], Ct);

        Assert.Equal(["ntf-1", "ntf-3"], found.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.All(found, n => Assert.Equal(StoreTestData.FullNotification(n.Id).Title, n.Title));
    }

    [Fact]
    public async Task GetNotificationsAsync_NoIds_ReturnsEmpty()
    {
        var sut = await CreateSutAsync();

        var found = await sut.GetNotificationsAsync([], Ct);

        Assert.Empty(found);
    }
}
