using AiOps.Notifications.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>Registers the core engine with its in-memory store and one in-memory channel.</summary>
internal static class CoreServices
{
    public const string ChannelName = "memory";

    public static AiOpsNotificationsBuilder Add(IServiceCollection services, FakeTimeProvider time)
    {
        services.AddSingleton<TimeProvider>(time);

        return services.AddAiOpsNotifications()
            .AddInMemoryChannel(new InMemoryChannel(ChannelName));
    }
}
