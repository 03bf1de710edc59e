using AiOps.Notifications.Escalation;

namespace AiOps.Notifications.Storage.Conformance;

/// <content>A new incident with its detected notification and escalation timer, stored in one write.</content>
public abstract partial class NotificationStoreConformanceTests
{
    [Fact]
    public async Task OpenIncidentAsync_EveryPart_StoresIncidentNotificationDeliveriesAndEscalation()
    {
        var sut = await CreateSutAsync();
        var (incident, notification, deliveries, escalation) = NewIncident();

        await sut.OpenIncidentAsync(incident, notification, deliveries, escalation, Ct);

        StoreAssert.Equal(incident, await sut.FindOpenIncidentAsync(incident.Fingerprint, Ct));
        StoreAssert.Equal(notification, await sut.FindNotificationAsync(notification.Id, Ct));
        Assert.Equal(deliveries, await sut.GetDeliveriesForNotificationAsync(notification.Id, Ct));
        Assert.Equal(["dlv-new"], (await sut.GetDueDeliveriesAsync(Noon, 10, Ct)).Select(d => d.Id));
        var timer = await sut.FindEscalationAsync(incident.Id, Ct);
        Assert.NotNull(timer);
        Assert.Equal(escalation.Notified, timer.Notified);
        Assert.Equal(escalation, timer with { Notified = escalation.Notified });
    }

    [Fact]
    public async Task OpenIncidentAsync_NoEscalation_StoresTheRestAndNoTimer()
    {
        var sut = await CreateSutAsync();
        var (incident, notification, deliveries, _) = NewIncident();

        await sut.OpenIncidentAsync(incident, notification, deliveries, null, Ct);

        StoreAssert.Equal(incident, await sut.FindIncidentAsync(incident.Id, Ct));
        Assert.Equal(deliveries, await sut.GetDeliveriesForIncidentAsync(incident.Id, Ct));
        Assert.Null(await sut.FindEscalationAsync(incident.Id, Ct));
    }

    [Fact]
    public async Task OpenIncidentAsync_DeliveryIdTaken_ThrowsAndStoresNothing()
    {
        var sut = await CreateSutAsync();
        var taken = StoreTestData.FullDelivery("dlv-taken", "ntf-old", "inc-old");
        await AddNotificationAsync(sut, "ntf-old", "inc-old", StoreTestData.T0, taken);
        var (incident, notification, deliveries, escalation) = NewIncident();
        Delivery[] clashing = [.. deliveries, taken with { NotificationId = notification.Id, IncidentId = incident.Id }];

        await Assert.ThrowsAnyAsync<Exception>(
            () => sut.OpenIncidentAsync(incident, notification, clashing, escalation, Ct));

        await AssertNotStoredAsync(sut, incident);
        Assert.Null(await sut.FindNotificationAsync(notification.Id, Ct));
        Assert.Equal(taken, await sut.FindDeliveryAsync(taken.Id, Ct));
    }

    [Fact]
    public async Task OpenIncidentAsync_NotificationIdTaken_ThrowsAndStoresNothing()
    {
        var sut = await CreateSutAsync();
        var (incident, notification, deliveries, escalation) = NewIncident();
        await sut.AddNotificationAsync(notification with { IncidentId = "inc-old" }, [], Ct);

        await Assert.ThrowsAnyAsync<Exception>(
            () => sut.OpenIncidentAsync(incident, notification, deliveries, escalation, Ct));

        await AssertNotStoredAsync(sut, incident);
        Assert.Equal("inc-old", (await sut.FindNotificationAsync(notification.Id, Ct))!.IncidentId);
    }

    /// <summary>Asserts that no part of an incident's opening was stored.</summary>
    private static async Task AssertNotStoredAsync(INotificationStore sut, Incident incident)
    {
        Assert.Null(await sut.FindIncidentAsync(incident.Id, Ct));
        Assert.Null(await sut.FindOpenIncidentAsync(incident.Fingerprint, Ct));
        Assert.Empty(await sut.GetNotificationsForIncidentAsync(incident.Id, Ct));
        Assert.Empty(await sut.GetDeliveriesForIncidentAsync(incident.Id, Ct));
        Assert.Null(await sut.FindEscalationAsync(incident.Id, Ct));
    }

    private static (Incident, Notification, Delivery[], EscalationState) NewIncident()
    {
        var incident = StoreTestData.Incident("inc-new", StoreTestData.T0);
        var notification = StoreTestData.FullNotification("ntf-new", incident.Id);
        Delivery[] deliveries =
        [
            StoreTestData.PendingDelivery("dlv-new", NotificationPriority.High, null, notification.Id)
                with { IncidentId = incident.Id },
            StoreTestData.FullDelivery("dlv-muted", notification.Id, incident.Id)
                with { Status = DeliveryStatus.Silenced, CreatedAt = StoreTestData.T0.AddSeconds(3) },
        ];
        var escalation = Escalation(incident.Id, Noon) with { NextStep = 0, Notified = ["email", "slack:C1"] };
        return (incident, notification, deliveries, escalation);
    }
}
