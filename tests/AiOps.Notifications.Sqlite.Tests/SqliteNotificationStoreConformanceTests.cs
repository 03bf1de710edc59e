using AiOps.Notifications.Storage.Conformance;
using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Sqlite.Tests;

public sealed class SqliteNotificationStoreConformanceTests : NotificationStoreConformanceTests
{
    private readonly TempFolder _folder = new();

    protected override Task<INotificationStore> CreateStoreAsync(CancellationToken cancellationToken) =>
        Task.FromResult<INotificationStore>(_folder.CreateStore());

    protected override ValueTask CleanupAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
