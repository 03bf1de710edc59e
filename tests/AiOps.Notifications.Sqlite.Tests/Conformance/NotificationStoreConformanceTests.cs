namespace AiOps.Notifications.Storage.Conformance;

/// <summary>The behaviour every <see cref="INotificationStore"/> must have; derive once per store.</summary>
/// <remarks>
/// Test data uses whole microseconds, so a store may keep time to the microsecond and still pass.
/// Stores created by <see cref="CreateSutAsync"/> are disposed after each test.
/// </remarks>
public abstract partial class NotificationStoreConformanceTests : IAsyncLifetime
{
    private readonly List<INotificationStore> _stores = [];

    /// <summary>Gets the test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <inheritdoc />
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await DisposeStoreAsync(store);
        }

        await CleanupAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Creates an empty store.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The store, not yet initialized.</returns>
    protected abstract Task<INotificationStore> CreateStoreAsync(CancellationToken cancellationToken);

    /// <summary>Removes what the stores left behind (such as files), after they are disposed.</summary>
    /// <returns>A task that completes when everything is removed.</returns>
    protected virtual ValueTask CleanupAsync() => ValueTask.CompletedTask;

    /// <summary>Creates and initializes an empty store that is disposed after the test.</summary>
    /// <returns>The store.</returns>
    protected async Task<INotificationStore> CreateSutAsync()
    {
        var store = await CreateStoreAsync(Ct);
        _stores.Add(store);
        await store.InitializeAsync(Ct);
        return store;
    }

    /// <summary>Disposes a store if it is disposable.</summary>
    /// <param name="store">The store.</param>
    /// <returns>A task that completes when the store is disposed.</returns>
    protected static async ValueTask DisposeStoreAsync(INotificationStore store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    private static async Task SaveAllAsync(INotificationStore sut, params Incident[] incidents)
    {
        foreach (var incident in incidents)
        {
            await sut.SaveIncidentAsync(incident, Ct);
        }
    }

    private static async Task AddNotificationAsync(
        INotificationStore sut, string id, string? incidentId, DateTimeOffset createdAt, params Delivery[] deliveries)
    {
        var notification = StoreTestData.FullNotification(id, incidentId) with { CreatedAt = createdAt };
        await sut.AddNotificationAsync(notification, deliveries, Ct);
    }
}
