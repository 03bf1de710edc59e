using System.Collections.Concurrent;

namespace AiOps.Notifications.Health;

/// <summary>Keeps each channel's recent attempt outcomes in memory for its health check.</summary>
internal sealed class ChannelHealthTracker
{
    private readonly ConcurrentDictionary<string, ChannelHealthSnapshot> _channels = new(StringComparer.OrdinalIgnoreCase);

    public ChannelHealthSnapshot Get(string channel) =>
        _channels.GetValueOrDefault(channel) ?? ChannelHealthSnapshot.Empty;

    public void Record(string channel, AttemptOutcome outcome, DateTimeOffset at, string? detail) =>
        _channels.AddOrUpdate(
            channel,
            _ => ChannelHealthSnapshot.Empty.With(outcome, at, detail),
            (_, current) => current.With(outcome, at, detail));
}
