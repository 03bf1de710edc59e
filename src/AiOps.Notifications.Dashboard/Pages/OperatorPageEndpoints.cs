using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>Maps the operator pages beyond the overview and incidents, each with its own forms.</summary>
internal static class OperatorPageEndpoints
{
    public static void MapOperatorPages(this RouteGroupBuilder group, DashboardMount mount)
    {
        group.MapNotificationPages(mount);
        group.MapMonitoringPages(mount);
        group.MapSettingsPages(mount);
        group.MapReportsPages(mount);
    }
}
