using AiOps.Notifications.Sqlite.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiOps.Notifications.Sqlite.Tests;

public sealed class WalCheckpointerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ConnectionPool _pool;

    public WalCheckpointerTests()
    {
        _pool = new ConnectionPool(_folder.DatabasePath, TimeSpan.FromSeconds(5), fullSync: false);
    }

    private string WalPath => _folder.DatabasePath + "-wal";

    public void Dispose()
    {
        _pool.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Run_LogOverItsLimit_CopiesBackWithoutEmptying()
    {
        WriteRows(200);
        var before = new FileInfo(WalPath).Length;
        using var sut = new WalCheckpointer(
            _pool, _folder.DatabasePath, TimeSpan.FromHours(1), TimeProvider.System, NullLogger.Instance, limitPages: 8);

        sut.Run();

        Assert.Equal(before, new FileInfo(WalPath).Length);
        Assert.Equal(200, CountRows());
    }

    [Fact]
    public void AfterCommit_LogFileOverTheLimit_EmptiesItWithoutWaitingForTheTimer()
    {
        WriteRows(200);
        using var sut = new WalCheckpointer(
            _pool, _folder.DatabasePath, TimeSpan.FromHours(1), TimeProvider.System, NullLogger.Instance, limitPages: 8);

        sut.AfterCommit();

        Assert.Equal(0, new FileInfo(WalPath).Length);
        Assert.Equal(200, CountRows());
    }

    [Fact]
    public void AfterCommit_LogFileUnderTheLimit_LeavesIt()
    {
        WriteRows(200);
        var before = new FileInfo(WalPath).Length;
        using var sut = new WalCheckpointer(
            _pool, _folder.DatabasePath, TimeSpan.FromHours(1), TimeProvider.System, NullLogger.Instance);

        sut.AfterCommit();

        Assert.Equal(before, new FileInfo(WalPath).Length);
    }

    [Fact]
    public async Task GroupCommitWriter_AfterEachBatch_CallsBack()
    {
        WriteRows(1);
        var calls = 0;
        var writer = new GroupCommitWriter(_pool, NullLogger.Instance, () => Interlocked.Increment(ref calls));

        await writer.EnqueueAsync(
            (pooled, transaction) => pooled.Command("INSERT INTO t (body) VALUES ('y');", transaction).ExecuteNonQuery(),
            TestContext.Current.CancellationToken);
        await writer.CloseAsync();

        Assert.Equal(1, calls);
        Assert.Equal(2, CountRows());
    }

    private void WriteRows(int count)
    {
        var pooled = _pool.Rent();
        pooled.Command("PRAGMA journal_mode = WAL;").ExecuteScalar();
        pooled.Command("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body TEXT NOT NULL);").ExecuteNonQuery();
        for (var i = 0; i < count; i++)
        {
            // One commit per row, each with a page of text, so the log holds hundreds of pages.
            pooled.Command("INSERT INTO t (body) VALUES ($body);").Bind("$body", new string('x', 4000)).ExecuteNonQuery();
        }

        _pool.Return(pooled);
    }

    private long CountRows()
    {
        var pooled = _pool.Rent();
        var count = (long)pooled.Command("SELECT count(*) FROM t;").ExecuteScalar()!;
        _pool.Return(pooled);
        return count;
    }
}
