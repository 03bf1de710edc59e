using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Remembers inbound delivery keys for a window, so a payload delivered twice is applied once.</summary>
/// <remarks>
/// Alertmanager HA peers each deliver the same notification. The key is claimed before the payload is applied
/// and released when applying fails, so a retry after a 503 is applied. Memory is bounded: the oldest keys go.
/// </remarks>
internal sealed class IngestDeduplicator(IOptions<AiOpsApiOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expires)> _order = new();

    /// <summary>Claims a delivery key; <see langword="false"/> when it was seen within the window.</summary>
    public bool TryClaim(string deliveryKey)
    {
        var key = Digest(deliveryKey);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Purge(now);
            if (_expiries.TryGetValue(key, out var expires) && expires > now)
            {
                return false;
            }

            var until = now + options.Value.DeduplicationWindow;
            _expiries[key] = until;
            _order.Enqueue((key, until));
            while (_expiries.Count > Math.Max(1, options.Value.DeduplicationCapacity) && _order.Count > 0)
            {
                Remove(_order.Dequeue());
            }

            return true;
        }
    }

    /// <summary>Forgets a claimed key, because applying its payload failed.</summary>
    public void Release(string deliveryKey)
    {
        var key = Digest(deliveryKey);
        lock (_gate)
        {
            _expiries.Remove(key);
        }
    }

    private void Purge(DateTimeOffset now)
    {
        while (_order.Count > 0 && _order.Peek().Expires <= now)
        {
            Remove(_order.Dequeue());
        }
    }

    private void Remove((string Key, DateTimeOffset Expires) entry)
    {
        // A key claimed again later has a newer expiry; only its own entry removes it.
        if (_expiries.TryGetValue(entry.Key, out var current) && current == entry.Expires)
        {
            _expiries.Remove(entry.Key);
        }
    }

    private static string Digest(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
