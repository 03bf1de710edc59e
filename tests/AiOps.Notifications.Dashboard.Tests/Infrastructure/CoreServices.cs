using System.Reflection;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>Registers the core services the dashboard builds on.</summary>
/// <remarks>
/// Stands in for <c>services.AddAiOpsNotifications()</c> until the core engine is on main: it registers
/// test doubles and creates the builder through its internal constructor.
/// </remarks>
internal static class CoreServices
{
    public static AiOpsNotificationsBuilder Add(IServiceCollection services, FakeTimeProvider time)
    {
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<INotificationStore, FakeNotificationStore>();
        services.AddSingleton<IIncidentManager, FakeIncidentManager>();

        return (AiOpsNotificationsBuilder)Activator.CreateInstance(
            typeof(AiOpsNotificationsBuilder),
            BindingFlags.Instance | BindingFlags.NonPublic,
            binder: null,
            args: [services, "AiOps"],
            culture: null)!;
    }
}
