using AiOps.Notifications.Sqlite.Internal;
using AiOps.Notifications.Storage.Conformance;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Tests;

public sealed class SqliteNotificationStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task InitializeAsync_CalledTwice_KeepsOneSchemaAtLatestVersion()
    {
        using var sut = CreateSut();

        await sut.InitializeAsync(Ct);
        await sut.InitializeAsync(Ct);

        using var connection = _folder.OpenConnection();
        Assert.Equal(SchemaMigrations.LatestVersion, SchemaMigrator.ReadVersion(connection, null));
        Assert.Equal(8, Scalar(
            connection,
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'incidents_search%';"));
    }

    [Fact]
    public async Task InitializeAsync_NewFile_UsesWriteAheadLog()
    {
        using var sut = CreateSut();

        await sut.InitializeAsync(Ct);

        using var connection = _folder.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Theory]
    [InlineData(false, 1L)]
    [InlineData(true, 2L)]
    public async Task ReadAsync_FullSyncOption_SetsSynchronousPragma(bool fullSync, long expected)
    {
        using var sut = new SqliteNotificationStore(
            new SqliteStoreOptions { DatabasePath = _folder.DatabasePath, FullSync = fullSync });

        var synchronous = await sut.ReadAsync(pooled => Scalar(pooled.Connection, "PRAGMA synchronous;"), Ct);

        Assert.Equal(expected, synchronous);
    }

    [Fact]
    public async Task InitializeAsync_FolderMissing_CreatesFolderAndFile()
    {
        var path = Path.Combine(_folder.FullPath, "nested", "deeper", "store.db");
        using var sut = _folder.CreateStore(path);

        await sut.InitializeAsync(Ct);

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task InitializeAsync_SchemaNewerThanLibrary_ThrowsNamingVersions()
    {
        using (var connection = _folder.OpenConnection())
        {
            Scalar(connection, $"PRAGMA user_version = {SchemaMigrations.LatestVersion + 1};");
        }

        using var sut = CreateSut();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.InitializeAsync(Ct));
        var expected = $"schema version {SchemaMigrations.LatestVersion + 1}";
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_ReopenedFile_KeepsData()
    {
        var incident = StoreTestData.FullIncident();
        await using (var first = CreateSut())
        {
            await first.SaveIncidentAsync(incident, Ct);
        }

        await using var sut = CreateSut();
        await sut.InitializeAsync(Ct);
        var found = await sut.FindIncidentAsync(incident.Id, Ct);

        StoreAssert.Equal(incident, found);
    }

    [Fact]
    public async Task GetDueDeliveriesAsync_AfterRestart_ReturnsPersistedOutbox()
    {
        var now = StoreTestData.T0.AddHours(1);
        Delivery[] outbox =
        [
            StoreTestData.PendingDelivery("retry", NotificationPriority.Critical, now.AddMinutes(-1)),
            StoreTestData.PendingDelivery("queued", NotificationPriority.Low, now.AddMinutes(-5)),
        ];
        await using (var beforeRestart = CreateSut())
        {
            await beforeRestart.AddNotificationAsync(StoreTestData.FullNotification(), outbox, Ct);
        }

        await using var sut = CreateSut();
        var due = await sut.GetDueDeliveriesAsync(now, 10, Ct);

        Assert.Equal(outbox, due);
    }

    [Fact]
    public async Task SaveIncidentAsync_TimesWithTicks_RoundTripToTheTickInUtc()
    {
        using var sut = CreateSut();
        var detectedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(-7)).AddTicks(1_234_567);
        var incident = StoreTestData.Incident("ticks", detectedAt);

        await sut.SaveIncidentAsync(incident, Ct);
        var found = await sut.FindIncidentAsync("ticks", Ct);

        Assert.Equal(detectedAt.UtcTicks, found!.DetectedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, found.DetectedAt.Offset);
    }

    [Fact]
    public async Task AddNotificationAsync_SecondDeliveryFails_StoresNothing()
    {
        using var sut = CreateSut();
        var notification = StoreTestData.FullNotification();
        Delivery[] duplicated = [StoreTestData.FullDelivery("same"), StoreTestData.FullDelivery("same")];

        await Assert.ThrowsAsync<SqliteException>(() => sut.AddNotificationAsync(notification, duplicated, Ct));

        Assert.Null(await sut.FindNotificationAsync(notification.Id, Ct));
        Assert.Null(await sut.FindDeliveryAsync("same", Ct));
    }

    [Fact]
    public async Task AddNotificationAsync_DeliveryOfAnotherNotification_ThrowsNamingIt()
    {
        using var sut = CreateSut();
        var stray = StoreTestData.FullDelivery("stray", notificationId: "other");

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => sut.AddNotificationAsync(StoreTestData.FullNotification(), [stray], Ct));

        Assert.Contains("'stray'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateDeliveryAsync_ChannelAndRecipientChanged_ReplacesEveryColumn()
    {
        using var sut = CreateSut();
        var delivery = StoreTestData.FullDelivery("moved");
        await sut.AddNotificationAsync(StoreTestData.FullNotification(), [delivery], Ct);
        var moved = delivery with
        {
            Channel = "slack",
            Recipient = "#ops",
            Priority = NotificationPriority.Critical,
            IncidentId = null,
            Status = DeliveryStatus.Delivered,
        };

        await sut.UpdateDeliveryAsync(moved, Ct);

        Assert.Equal(moved, await sut.FindDeliveryAsync("moved", Ct));
    }

    [Fact]
    public async Task UpdateDeliveryAsync_UnknownDelivery_ThrowsNamingIt()
    {
        using var sut = CreateSut();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => sut.UpdateDeliveryAsync(StoreTestData.FullDelivery("ghost"), Ct));

        Assert.Contains("'ghost'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_AfterWrites_ClosesEveryConnection()
    {
        var sut = CreateSut();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(
            n => sut.SaveIncidentAsync(StoreTestData.Incident($"i{n}", StoreTestData.T0), Ct)));
        var walFile = _folder.DatabasePath + "-wal";
        Assert.True(File.Exists(walFile));

        sut.Dispose();

        // SQLite checkpoints and removes the WAL file when the last connection closes.
        Assert.False(File.Exists(walFile));
    }

    [Fact]
    public async Task FindIncidentAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var sut = CreateSut();
        await sut.InitializeAsync(Ct);

        sut.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => sut.FindIncidentAsync("any", Ct).AsTask());
    }

    private SqliteNotificationStore CreateSut() => _folder.CreateStore();

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
