using AiOps.Notifications.Channels;
using AiOps.Notifications.Logging;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Tests.Logging;

public sealed class AiOpsLoggerProviderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAiOps_HostedServiceThrows_IncidentWithCategoryFingerprintAndException()
    {
        using var host = await StartAsync(s => s.AddHostedService<FailingHostedService>());
        var store = host.Services.GetRequiredService<INotificationStore>();

        var incident = await WaitForIncidentAsync(store);

        Assert.Equal("Microsoft.Extensions.Hosting.Internal.Host", incident.Component);
        Assert.Equal("log", incident.Source);
        Assert.StartsWith("log-", incident.Fingerprint, StringComparison.Ordinal);
        Assert.Equal(typeof(InvalidOperationException).FullName, incident.Labels["exception_type"]);
        Assert.Contains(FailingHostedService.Failure, incident.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(FailingHostedService), incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAiOps_EngineLogsErrorsWhileDelivering_NoFeedbackLoop()
    {
        var failing = new InMemoryChannel("broken", (_, _) => Task.FromResult(DeliveryResult.Permanent("refused")));
        using var host = await StartAsync(_ => { }, failing);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Shop.Checkout");
        var store = host.Services.GetRequiredService<INotificationStore>();

        logger.LogError(new TimeoutException("db"), "Checkout failed for {Basket}", 42);
        var incident = await WaitForIncidentAsync(store);
        await WaitForFinalDeliveriesAsync(store, incident.Id);
        host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AiOps.Notifications.Test")
            .LogCritical("the library's own failure");
        logger.LogWarning("below the minimum level");
        await Task.Delay(TimeSpan.FromMilliseconds(200), Ct);

        var all = await store.QueryIncidentsAsync(new IncidentQuery(), Ct);
        Assert.Equal(1, all.Total);
        Assert.Equal("Shop.Checkout: Checkout failed for 42", incident.Title);
    }

    [Fact]
    public async Task AddAiOps_SameTemplateDifferentValues_OneFingerprint()
    {
        using var host = await StartAsync(_ => { });
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Shop.Payments");
        var store = host.Services.GetRequiredService<INotificationStore>();

        logger.LogError("Payment {Id} declined", 1);
        logger.LogError("Payment {Id} declined", 2);
        await Eventually.TrueAsync(async () =>
            (await store.QueryIncidentsAsync(new IncidentQuery(), Ct)).Items.FirstOrDefault()?.OccurrenceCount == 2);

        var all = await store.QueryIncidentsAsync(new IncidentQuery(), Ct);
        Assert.Equal(1, all.Total);
    }

    private static async Task<IHost> StartAsync(Action<IServiceCollection> configure, InMemoryChannel? channel = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddAiOps();
        builder.Services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior =
            BackgroundServiceExceptionBehavior.Ignore);
        builder.Services.AddAiOpsNotifications(o => o.Delivery.RetryBaseDelay = TimeSpan.Zero)
            .AddInMemoryChannel(channel ?? new InMemoryChannel("memory"));
        configure(builder.Services);
        var host = builder.Build();
        await host.StartAsync(Ct);
        return host;
    }

    private static async Task<Incident> WaitForIncidentAsync(INotificationStore store)
    {
        Incident? incident = null;
        await Eventually.TrueAsync(async () =>
        {
            incident = (await store.QueryIncidentsAsync(new IncidentQuery(), Ct)).Items.FirstOrDefault();
            return incident is not null;
        });
        return incident!;
    }

    private static Task WaitForFinalDeliveriesAsync(INotificationStore store, string incidentId) =>
        Eventually.TrueAsync(async () =>
        {
            var deliveries = await store.GetDeliveriesForIncidentAsync(incidentId, Ct);
            return deliveries.Count > 0 && deliveries.All(d => d.Status != DeliveryStatus.Pending);
        });
}
