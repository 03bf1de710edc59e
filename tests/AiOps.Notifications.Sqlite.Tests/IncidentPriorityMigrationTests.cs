using AiOps.Notifications.Storage.Conformance;

namespace AiOps.Notifications.Sqlite.Tests;

/// <summary>Schema step 12 gives the incidents stored before it the priority they were opened with.</summary>
public sealed class IncidentPriorityMigrationTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 14, 10, 20, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task InitializeAsync_Version11DatabaseWithIncidents_TakesThePriorityOfTheFirstDetected()
    {
        OlderSchema.Create(
            _folder,
            11,
            [Incident("reported", IncidentLevel.Error), Incident("reminded", IncidentLevel.Critical)],
            [
                Detected("n1", "reported", NotificationPriority.Critical, T0),
                Detected("n2", "reminded", NotificationPriority.Low, T0),
                Detected("n3", "reminded", NotificationPriority.High, T0.AddHours(1)),
            ]);
        using var sut = _folder.CreateStore();

        await sut.InitializeAsync(Ct);

        Assert.Equal(NotificationPriority.Critical, (await sut.FindIncidentAsync("reported", Ct))!.Priority);
        Assert.Equal(NotificationPriority.Low, (await sut.FindIncidentAsync("reminded", Ct))!.Priority);
    }

    [Theory]
    [InlineData(IncidentLevel.Info, NotificationPriority.Low)]
    [InlineData(IncidentLevel.Warning, NotificationPriority.Medium)]
    [InlineData(IncidentLevel.Error, NotificationPriority.High)]
    [InlineData(IncidentLevel.Critical, NotificationPriority.Critical)]
    public async Task InitializeAsync_Version11IncidentWithoutNotifications_TakesThePriorityOfItsLevel(
        IncidentLevel level, NotificationPriority expected)
    {
        OlderSchema.Create(_folder, 11, [Incident("quiet", level)]);
        using var sut = _folder.CreateStore();

        await sut.InitializeAsync(Ct);

        var found = await sut.FindIncidentAsync("quiet", Ct);
        Assert.Equal(expected, found!.Priority);
    }

    private static Incident Incident(string id, IncidentLevel level) =>
        StoreTestData.Incident(id, T0, level: level);

    private static Notification Detected(
        string id, string incidentId, NotificationPriority priority, DateTimeOffset at) =>
        StoreTestData.FullNotification(id, incidentId) with { Priority = priority, CreatedAt = at };
}
