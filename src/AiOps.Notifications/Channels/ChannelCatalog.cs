using AiOps.Notifications.Internal;

namespace AiOps.Notifications.Channels;

/// <summary>The channel names and kinds taken from the registrations; no channel is created to list it.</summary>
internal sealed class ChannelCatalog(IEnumerable<ChannelRegistration> registrations) : IChannelCatalog
{
    public IReadOnlyList<ChannelInfo> Channels { get; } =
        [.. registrations.Select(registration => new ChannelInfo(registration.Name, registration.Kind))];
}
