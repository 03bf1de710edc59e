using AiOps.Notifications.Internal;

namespace AiOps.Notifications.Channels;

/// <summary>The channels the host added, created once from their registrations.</summary>
internal sealed class ChannelRegistry
{
    private readonly Dictionary<string, Lazy<INotificationChannel>> _channels;

    public ChannelRegistry(IEnumerable<ChannelRegistration> registrations, IServiceProvider services)
    {
        Registrations = [.. registrations];
        _channels = Registrations.ToDictionary(
            registration => registration.Name,
            registration => new Lazy<INotificationChannel>(() => registration.Factory(services)),
            StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ChannelRegistration> Registrations { get; }

    public IEnumerable<string> Names => Registrations.Select(registration => registration.Name);

    public bool Contains(string name) => _channels.ContainsKey(name);

    public INotificationChannel? Find(string name) =>
        _channels.TryGetValue(name, out var channel) ? channel.Value : null;
}
