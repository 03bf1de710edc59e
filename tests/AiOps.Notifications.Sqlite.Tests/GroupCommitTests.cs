using AiOps.Notifications.Escalation;
using AiOps.Notifications.Storage.Conformance;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Tests;

public sealed class GroupCommitTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AddNotificationAsync_ManyConcurrentWriters_AllCommittedAndReadable()
    {
        await using var sut = await CreateSutAsync();

        await Task.WhenAll(Enumerable.Range(0, 500).Select(n => Task.Run(() => AddAsync(sut, n), Ct)));

        using var connection = _folder.OpenConnection();
        Assert.Equal(500, Scalar(connection, "SELECT COUNT(*) FROM notifications;"));
        Assert.Equal(500, Scalar(connection, "SELECT COUNT(*) FROM deliveries;"));
        Assert.NotNull(await sut.FindDeliveryAsync("d-499", Ct));
    }

    [Fact]
    public async Task AddNotificationAsync_OneWriteOfBatchFails_FailsOnlyItsCallerAndUndoesItsPart()
    {
        await using var sut = await CreateSutAsync();
        await AddAsync(sut, 0);
        var commitsBefore = sut.Commits;
        Task before, failing, after;

        using (var block = await WriterBlock.StartAsync(sut, Ct))
        {
            before = AddAsync(sut, 1);
            failing = sut.AddNotificationAsync(Notification(2), [Delivery(0, notification: 2)], Ct);
            after = AddAsync(sut, 3);
            block.Release();
            await block.Write.WaitAsync(Timeout, Ct);
        }

        await Task.WhenAll(before, after).WaitAsync(Timeout, Ct);
        await Assert.ThrowsAsync<SqliteException>(() => failing);
        Assert.Equal(commitsBefore + 2, sut.Commits);
        Assert.NotNull(await sut.FindNotificationAsync("n-1", Ct));
        Assert.NotNull(await sut.FindNotificationAsync("n-3", Ct));
        Assert.Null(await sut.FindNotificationAsync("n-2", Ct));
    }

    [Fact]
    public async Task AddNotificationAsync_CancelledWhileQueued_CancelsAndWritesNothing()
    {
        await using var sut = await CreateSutAsync();
        using var cancellation = new CancellationTokenSource();
        Task queued;

        using (var block = await WriterBlock.StartAsync(sut, Ct))
        {
            queued = sut.AddNotificationAsync(Notification(1), [Delivery(1)], cancellation.Token);
            await cancellation.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued.WaitAsync(Timeout, Ct));
            block.Release();
            await block.Write.WaitAsync(Timeout, Ct);
        }

        Assert.True(queued.IsCanceled);
        Assert.Null(await sut.FindNotificationAsync("n-1", Ct));
    }

    [Fact]
    public async Task WriteAsync_CancelledAfterStart_CompletesAndCommits()
    {
        await using var sut = await CreateSutAsync();
        using var cancellation = new CancellationTokenSource();
        var commitsBefore = sut.Commits;

        using (var block = await WriterBlock.StartAsync(sut, cancellation.Token))
        {
            await cancellation.CancelAsync();
            block.Release();
            await block.Write.WaitAsync(Timeout, Ct);
        }

        Assert.Equal(commitsBefore + 1, sut.Commits);
    }

    [Fact]
    public async Task Dispose_WithQueuedWrites_FailsThemAndDoesNotHang()
    {
        var sut = await CreateSutAsync();
        using var block = await WriterBlock.StartAsync(sut, Ct);
        var queued = AddAsync(sut, 1);

        var disposing = Task.Run(sut.Dispose, Ct);

        await Assert.ThrowsAsync<ObjectDisposedException>(() => queued.WaitAsync(Timeout, Ct));
        Assert.False(disposing.IsCompleted);
        block.Release();
        await disposing.WaitAsync(Timeout, Ct);
        await block.Write.WaitAsync(Timeout, Ct);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => AddAsync(sut, 2));
    }

    [Fact]
    public async Task AddNotificationAsync_Completed_IsVisibleToAnotherConnectionAtOnce()
    {
        await using var sut = await CreateSutAsync();

        var seen = await Task.WhenAll(Enumerable.Range(0, 20).Select(n => Task.Run(
            async () =>
            {
                await AddAsync(sut, n);
                using var connection = _folder.OpenConnection();
                return Scalar(connection, $"SELECT COUNT(*) FROM deliveries WHERE id = 'd-{n}';");
            },
            Ct)));

        Assert.All(seen, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task OpenIncidentAsync_LoneWrite_CommitsItsFourRowsTogether()
    {
        await using var sut = await CreateSutAsync();
        var commitsBefore = sut.Commits;

        await OpenAsync(sut, 1, Delivery(1));

        Assert.Equal(commitsBefore + 1, sut.Commits);
        using var connection = _folder.OpenConnection();
        foreach (var table in new[] { "incidents", "notifications", "deliveries", "escalations" })
        {
            Assert.Equal(1, Scalar(connection, $"SELECT COUNT(*) FROM {table};"));
        }
    }

    [Fact]
    public async Task OpenIncidentAsync_FailsInABatch_UndoesEveryRowOfItAndCommitsTheOthers()
    {
        await using var sut = await CreateSutAsync();
        await AddAsync(sut, 0);
        Task before, failing, after;

        using (var block = await WriterBlock.StartAsync(sut, Ct))
        {
            before = OpenAsync(sut, 1, Delivery(1));
            failing = OpenAsync(sut, 2, Delivery(0, notification: 2));
            after = OpenAsync(sut, 3, Delivery(3));
            block.Release();
            await block.Write.WaitAsync(Timeout, Ct);
        }

        await Task.WhenAll(before, after).WaitAsync(Timeout, Ct);
        await Assert.ThrowsAsync<SqliteException>(() => failing);
        Assert.Null(await sut.FindIncidentAsync("inc-2", Ct));
        Assert.Null(await sut.FindNotificationAsync("n-2", Ct));
        Assert.Null(await sut.FindEscalationAsync("inc-2", Ct));
        Assert.NotNull(await sut.FindEscalationAsync("inc-1", Ct));
        Assert.NotNull(await sut.FindIncidentAsync("inc-3", Ct));
    }

    private async Task<SqliteNotificationStore> CreateSutAsync()
    {
        var store = _folder.CreateStore();
        await store.InitializeAsync(Ct);
        return store;
    }

    private static Task AddAsync(SqliteNotificationStore store, int n) =>
        store.AddNotificationAsync(Notification(n), [Delivery(n)], Ct);

    private static Task OpenAsync(SqliteNotificationStore store, int n, Delivery delivery)
    {
        var incident = StoreTestData.Incident($"inc-{n}", StoreTestData.T0);
        var escalation = new EscalationState { IncidentId = incident.Id, Policy = "p", DueAt = StoreTestData.T0 };
        return store.OpenIncidentAsync(
            incident, Notification(n) with { IncidentId = incident.Id }, [delivery], escalation, Ct);
    }

    private static Notification Notification(int n) =>
        StoreTestData.FullNotification($"n-{n}", incidentId: null);

    private static Delivery Delivery(int n, int? notification = null) =>
        StoreTestData.PendingDelivery(
            $"d-{n}", NotificationPriority.High, null, notificationId: $"n-{notification ?? n}");

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
