using AiOps.Notifications.Channels;
using AiOps.Notifications.Dispatch;
using AiOps.Notifications.Escalation;
using AiOps.Notifications.Grouping;
using AiOps.Notifications.Health;
using AiOps.Notifications.Inhibition;
using AiOps.Notifications.Internal;
using AiOps.Notifications.Resilience;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Telemetry;
using AiOps.Notifications.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications;

/// <summary>Adds AiOps.Notifications to a service collection.</summary>
public static class AiOpsNotificationsServiceCollectionExtensions
{
    /// <summary>The default configuration section.</summary>
    public const string DefaultSectionPath = "AiOps";

    /// <summary>
    /// Adds the engine with the in-memory store; chain channels and a durable store on the returned
    /// builder.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes settings after they are bound from the <c>AiOps</c> configuration section.</param>
    /// <param name="configurationSectionPath">The configuration section to bind from.</param>
    /// <returns>The builder.</returns>
    public static AiOpsNotificationsBuilder AddAiOpsNotifications(
        this IServiceCollection services,
        Action<AiOpsNotificationsOptions>? configure = null,
        string configurationSectionPath = DefaultSectionPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(configurationSectionPath);

        if (services.Any(service => service.ServiceType == typeof(AiOpsNotificationsMarker)))
        {
            throw new InvalidOperationException(
                "AddAiOpsNotifications was called twice. Call it once and chain channels on the builder it returns.");
        }

        services.AddSingleton<AiOpsNotificationsMarker>();
        services.AddSingleton(new EngineSettingsSection(configurationSectionPath));
        AddOptions(services, configure, configurationSectionPath);
        AddEngine(services);
        return new AiOpsNotificationsBuilder(services, configurationSectionPath);
    }

    private static void AddOptions(
        IServiceCollection services, Action<AiOpsNotificationsOptions>? configure, string sectionPath)
    {
        services.AddSingleton(new ReservedConfigurationSection(AiOpsNotificationsBuilder.ChannelsSection));
        var options = services.AddOptions<AiOpsNotificationsOptions>()
            .Configure<IServiceProvider>((settings, provider) => OptionsBinding.Bind(settings, provider, sectionPath));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.AddSingleton<IValidateOptions<AiOpsNotificationsOptions>, AiOpsNotificationsOptionsValidator>();
        services.AddSingleton<IValidateOptions<AiOpsNotificationsOptions>, Reminders.ReminderOptionsValidator>();
    }

    private static void AddEngine(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<INotificationStore, InMemoryNotificationStore>();
        services.AddSingleton<IdGenerator>();
        services.AddSingleton<IncidentLocks>();
        services.AddSingleton<EscalationService>();
        services.AddSingleton<IncidentLinks>();
        services.AddSingleton(sp => new NotificationsTelemetry(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddSingleton(sp => new ChannelRegistry(sp.GetServices<ChannelRegistration>(), sp));
        services.AddSingleton<IChannelCatalog, ChannelCatalog>();
        services.AddSingleton<TemplateCatalog>();
        services.AddSingleton<FluidTemplateRenderer>();
        services.AddSingleton<ITemplateRenderer>(sp => sp.GetRequiredService<FluidTemplateRenderer>());
        services.AddSingleton<NotificationRouter>();
        services.AddSingleton<INotificationRouter>(sp => sp.GetRequiredService<NotificationRouter>());
        services.AddSingleton<DeliveryQueue>();
        services.AddSingleton<StoredDeliveryQueuer>();
        services.AddSingleton<SilenceManager>();
        services.AddSingleton<InhibitionIndex>();
        services.AddSingleton<GroupBuffer>();
        services.AddSingleton<GroupRestorer>();
        services.AddSingleton<ISilenceManager>(sp => sp.GetRequiredService<SilenceManager>());
        services.AddSingleton<ChannelPipelines>();
        services.AddSingleton<ChannelRateLimiters>();
        services.AddSingleton<ChannelHealthTracker>();
        services.AddSingleton<AttemptTimeouts>();
        services.AddSingleton<DeliveryProcessor>();
        services.AddSingleton<NotificationPublisher>();
        services.AddSingleton<INotificationPublisher>(sp => sp.GetRequiredService<NotificationPublisher>());
        services.AddSingleton<Reminders.IncidentReminder>();
        services.AddSingleton<IIncidentManager, IncidentManager>();
        services.AddSingleton<Reports.OperationsReportBuilder>();
        services.AddSingleton<Reports.ReportExporter>();

        // Start order matters: the store and templates are ready before the first delivery.
        services.AddHostedService<StartupService>();
        services.AddHostedService<DeliveryDispatcher>();
        services.AddHostedService<EscalationRunner>();
        services.AddHostedService<Reminders.ReminderRunner>();
    }

    private sealed class AiOpsNotificationsMarker;
}
