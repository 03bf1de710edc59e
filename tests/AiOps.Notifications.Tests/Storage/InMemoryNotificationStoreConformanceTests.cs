using AiOps.Notifications.Storage;
using AiOps.Notifications.Storage.Conformance;

namespace AiOps.Notifications.Tests.Storage;

public sealed class InMemoryNotificationStoreConformanceTests : NotificationStoreConformanceTests
{
    protected override Task<INotificationStore> CreateStoreAsync(CancellationToken cancellationToken) =>
        Task.FromResult<INotificationStore>(new InMemoryNotificationStore());
}
