using System.Collections.Concurrent;

namespace AiOps.Notifications.Health;

/// <summary>Keeps each channel's recent attempt outcomes in memory for its health check.</summary>
/// <remarks>
/// Each channel's figures are updated in place under a lock of their own, so recording an attempt
/// allocates nothing; a snapshot is made only when someone asks.
/// </remarks>
internal sealed class ChannelHealthTracker
{
    private readonly ConcurrentDictionary<string, Figures> _channels = new(StringComparer.OrdinalIgnoreCase);

    public ChannelHealthSnapshot Get(string channel) =>
        _channels.TryGetValue(channel, out var figures) ? figures.Snapshot() : ChannelHealthSnapshot.Empty;

    public void Record(string channel, AttemptOutcome outcome, DateTimeOffset at, string? detail) =>
        _channels.GetOrAdd(channel, static _ => new Figures()).Record(outcome, at, detail);

    private sealed class Figures
    {
        private readonly Lock _gate = new();
        private ChannelHealthSnapshot _latest = ChannelHealthSnapshot.Empty;
        private long _attempts;
        private int _consecutiveFailures;
        private DateTimeOffset? _lastSuccessAt;
        private DateTimeOffset? _lastFailureAt;
        private string? _lastError;

        public void Record(AttemptOutcome outcome, DateTimeOffset at, string? detail)
        {
            lock (_gate)
            {
                _attempts++;
                if (outcome is AttemptOutcome.Delivered or AttemptOutcome.Accepted)
                {
                    _consecutiveFailures = 0;
                    _lastSuccessAt = at;
                }
                else
                {
                    _consecutiveFailures++;
                    _lastFailureAt = at;
                    _lastError = detail;
                }
            }
        }

        public ChannelHealthSnapshot Snapshot()
        {
            lock (_gate)
            {
                if (_latest.Attempts != _attempts)
                {
                    _latest = new ChannelHealthSnapshot(
                        _attempts, _consecutiveFailures, _lastSuccessAt, _lastFailureAt, _lastError);
                }

                return _latest;
            }
        }
    }
}
