using AiOps.Notifications.Channels;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiOps.Notifications.Tests.Support;

/// <summary>A real host running the engine with in-memory channels, for end-to-end tests of the core.</summary>
internal sealed class EngineHost : IAsyncDisposable
{
    private readonly IHost _host;

    private EngineHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public IIncidentManager Incidents => Services.GetRequiredService<IIncidentManager>();

    public INotificationPublisher Publisher => Services.GetRequiredService<INotificationPublisher>();

    public INotificationStore Store => Services.GetRequiredService<INotificationStore>();

    public static async Task<EngineHost> StartAsync(
        Action<AiOpsNotificationsBuilder> configure,
        Action<AiOpsNotificationsOptions>? options = null,
        TimeProvider? timeProvider = null)
    {
        var builder = Host.CreateApplicationBuilder();
        if (timeProvider is not null)
        {
            builder.Services.AddSingleton(timeProvider);
        }

        configure(builder.Services.AddAiOpsNotifications(o =>
        {
            o.Delivery.RetryBaseDelay = TimeSpan.Zero;
            options?.Invoke(o);
        }));
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new EngineHost(host);
    }

    /// <summary>Waits until every delivery of the incident reached a final status.</summary>
    public async Task<IReadOnlyList<Delivery>> WaitForDeliveriesAsync(string incidentId, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var deliveries = await Store.GetDeliveriesForIncidentAsync(incidentId, timeout.Token);
            if (deliveries.Count >= count && deliveries.All(d => d.Status != DeliveryStatus.Pending))
            {
                return deliveries;
            }

            await Task.Delay(10, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}
