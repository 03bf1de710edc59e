using AiOps.Notifications.Dashboard;
using AiOps.Notifications.Dashboard.Ingest;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Pages;
using AiOps.Notifications.Dashboard.OpenApi;
using AiOps.Notifications.Dashboard.Queries;
using AiOps.Notifications.Dashboard.Security;
using AiOps.Notifications.Dashboard.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications;

/// <summary>Registers the services of the operator dashboard.</summary>
public static class AiOpsDashboardBuilderExtensions
{
    private const string DashboardSection = "Dashboard";

    /// <summary>Adds the services <c>MapAiOpsDashboard</c> needs: static Razor components and the queries.</summary>
    /// <param name="builder">The builder returned by <c>AddAiOpsNotifications</c>.</param>
    /// <returns>The builder.</returns>
    public static AiOpsNotificationsBuilder AddAiOpsDashboard(this AiOpsNotificationsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        if (builder.Services.Any(d => d.ServiceType == typeof(DashboardMarker)))
        {
            return builder;
        }

        builder.Services.AddSingleton<DashboardMarker>();
        builder.Services.AddRazorComponents();
        builder.Services.AddAntiforgery();
        builder.Services.TryAddScoped<DashboardMetrics>();
        builder.Services.TryAddScoped<DashboardQueries>();
        builder.Services.TryAddScoped<DeliveryHistoryQueries>();
        builder.Services.TryAddScoped<MonitoringQueries>();
        builder.Services.TryAddScoped<SettingsQueries>();
        builder.Services.TryAddScoped<AlertmanagerIngestor>();
        builder.Services.TryAddScoped<DashboardPageData>();
        builder.Services.TryAddSingleton<DashboardChangeFeed>();
        AddApi(builder);
        return builder;
    }

    private static void AddApi(AiOpsNotificationsBuilder builder)
    {
        builder.ReserveConfigurationSection(DashboardSection);

        // Unknown keys are reported by the validator, which names them by their full path.
        builder.Services.AddOptions<AiOpsApiOptions>()
            .BindConfiguration(builder.ConfigurationSectionPath + ":" + AiOpsApiOptions.SectionName)
            .ValidateOnStart();
        var sectionPath = builder.ConfigurationSectionPath + ":" + DashboardSection;
        builder.Services.AddSingleton<IValidateOptions<AiOpsApiOptions>>(services =>
            new AiOpsApiOptionsValidator(sectionPath, services.GetService<IConfiguration>()));
        builder.Services.TryAddScoped<NotificationQueries>();
        builder.Services.TryAddSingleton<ApiKeyValidator>();
        builder.Services.TryAddSingleton<ApiRateLimiter>();
        builder.Services.TryAddSingleton<IngestVerifier>();
        builder.Services.TryAddSingleton<IngestDeduplicator>();
        builder.Services.TryAddSingleton<IngestGate>();
        DashboardOpenApi.Add(builder.Services);
    }
}
