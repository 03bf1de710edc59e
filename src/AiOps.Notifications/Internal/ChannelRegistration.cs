using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Internal;

internal sealed record ChannelRegistration(
    string Name, string Kind, Func<IServiceProvider, INotificationChannel> Factory);
