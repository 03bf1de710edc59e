using AiOps.Notifications;
using AiOps.Notifications.Dashboard;
using AiOps.Notifications.Dashboard.Api;
using AiOps.Notifications.Dashboard.Assets;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.OpenApi;
using AiOps.Notifications.Dashboard.Pages;
using AiOps.Notifications.Dashboard.Reports;
using AiOps.Notifications.Dashboard.Security;
using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the AiOps operator dashboard, its REST API and its inbound webhooks.</summary>
public static class AiOpsDashboardEndpointRouteBuilderExtensions
{
    /// <summary>Maps the dashboard under a prefix: its pages, the incident API and the Alertmanager receiver.</summary>
    /// <param name="endpoints">The endpoint route builder, usually the <c>WebApplication</c>.</param>
    /// <param name="prefix">The route prefix, such as <c>/aiops</c>.</param>
    /// <param name="configure">Changes the settings of this mount.</param>
    /// <returns>A builder for conventions such as <c>RequireAuthorization</c> on every endpoint of the mount.</returns>
    /// <exception cref="InvalidOperationException">The core or dashboard services are not registered.</exception>
    /// <remarks>
    /// Until the host sets an authorization policy, through <c>RequireAuthorization</c> on the returned builder or
    /// <see cref="AiOpsDashboardOptions.AuthorizationPolicy"/>, only requests from the local machine are answered.
    /// A state-changing request a browser marks as coming from another site is refused with 403.
    /// </remarks>
    public static AiOpsDashboardEndpointConventionBuilder MapAiOpsDashboard(
        this IEndpointRouteBuilder endpoints,
        string prefix = "/aiops",
        Action<AiOpsDashboardOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);

        EnsureServices(endpoints.ServiceProvider);
        var options = CreateOptions(configure);
        var mount = new DashboardMount(DashboardPath.NormalizePrefix(prefix), options);

        var group = endpoints.MapGroup(mount.Prefix);
        group.AnswerHeadWithGet();
        group.AddEndpointFilter<LocalOnlyFilter>();
        group.AddEndpointFilter<CrossSiteFilter>();
        if (options.ReadOnly)
        {
            group.AddEndpointFilter(new ReadOnlyFilter());
        }

        ApplyPolicy(group, options);

        var pages = group.MapGroup("").ExcludeFromDescription();
        pages.MapDashboardAssets(mount);
        pages.MapDashboardPages(mount);
        pages.MapDashboardActions(mount);
        pages.MapOperatorPages(mount);
        pages.MapDashboardEvents();
        group.MapGroup("").WithGroupName(DashboardOpenApi.DocumentName).WithTags("Reports").MapReportExports();
        group.MapDashboardApi(mount);

        LogMapped(endpoints.ServiceProvider, mount.Prefix);
        return new AiOpsDashboardEndpointConventionBuilder(group, mount.Prefix);
    }

    private static void EnsureServices(IServiceProvider services)
    {
        if (services.GetService<IIncidentManager>() is null || services.GetService<INotificationStore>() is null)
        {
            throw new InvalidOperationException(
                "MapAiOpsDashboard needs the AiOps.Notifications core services. " +
                "Call services.AddAiOpsNotifications().AddAiOpsDashboard() when configuring services.");
        }

        if (services.GetService<DashboardMarker>() is null)
        {
            throw new InvalidOperationException(
                "MapAiOpsDashboard needs the dashboard services. " +
                "Call services.AddAiOpsNotifications().AddAiOpsDashboard() when configuring services.");
        }
    }

    private static AiOpsDashboardOptions CreateOptions(Action<AiOpsDashboardOptions>? configure)
    {
        var options = new AiOpsDashboardOptions();
        configure?.Invoke(options);

        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIngestBodyBytes, 1, "MaxIngestBodyBytes");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxApiBodyBytes, 1, "MaxApiBodyBytes");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RecentIncidentCount, 1, "RecentIncidentCount");
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Title, "Title");
        return options;
    }

    private static void ApplyPolicy(RouteGroupBuilder group, AiOpsDashboardOptions options)
    {
        if (options.AuthorizationPolicy is { } policy)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(policy, "AuthorizationPolicy");
            group.RequireAuthorization(policy);
        }
    }

    private static void LogMapped(IServiceProvider services, string prefix)
    {
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("AiOps.Notifications.Dashboard");
        if (logger is not null)
        {
            Log.DashboardMapped(logger, prefix);
        }
    }
}
