using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AiOps.Notifications.Telemetry;

/// <summary>The library's metrics and traces, under the name <see cref="Name"/>.</summary>
internal sealed class NotificationsTelemetry : IDisposable
{
    /// <summary>The name of the Meter and of the ActivitySource.</summary>
    public const string Name = "AiOps.Notifications";

    private readonly Meter _meter;
    private readonly Counter<long> _published;
    private readonly Counter<long> _attempts;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _retried;
    private readonly Histogram<double> _attemptDuration;
    private readonly Counter<long> _deduplicated;
    private readonly Counter<long> _silenced;
    private readonly Counter<long> _escalated;

    public NotificationsTelemetry(IMeterFactory? meterFactory)
    {
        _meter = meterFactory?.Create(Name) ?? new Meter(Name);
        _published = _meter.CreateCounter<long>("aiops.notifications.published", "{notification}");
        _attempts = _meter.CreateCounter<long>("aiops.notifications.attempts", "{attempt}");
        _delivered = _meter.CreateCounter<long>("aiops.notifications.delivered", "{delivery}");
        _failed = _meter.CreateCounter<long>("aiops.notifications.failed", "{delivery}");
        _retried = _meter.CreateCounter<long>("aiops.notifications.retried", "{delivery}");
        _deduplicated = _meter.CreateCounter<long>("aiops.notifications.deduplicated", "{report}");
        _silenced = _meter.CreateCounter<long>("aiops.notifications.silenced", "{delivery}");
        _escalated = _meter.CreateCounter<long>("aiops.notifications.escalated", "{step}");
        _attemptDuration = _meter.CreateHistogram<double>(
            "aiops.notifications.attempt.duration", "s", "How long one delivery attempt took.");
    }

    public static ActivitySource ActivitySource { get; } = new(Name);

    public void Published(string type, NotificationPriority priority)
    {
        if (_published.Enabled)
        {
            _published.Add(1, new("type", type), new("priority", priority.ToString()));
        }
    }

    public void ObserveQueueLength(Func<int> read) =>
        _meter.CreateObservableGauge("aiops.notifications.queue.length", read, "{delivery}", "Deliveries waiting in the queue.");

    public void Deduplicated() => Add(_deduplicated, 1);

    public void Silenced(int deliveries) => Add(_silenced, deliveries);

    public void Escalated(string policy)
    {
        if (_escalated.Enabled)
        {
            _escalated.Add(1, new KeyValuePair<string, object?>("policy", policy));
        }
    }

    public void Attempted(string channel, AttemptOutcome outcome, TimeSpan duration)
    {
        if (_attempts.Enabled)
        {
            _attempts.Add(1, new("channel", channel), new("outcome", outcome.ToString()));
        }

        if (_attemptDuration.Enabled)
        {
            _attemptDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("channel", channel));
        }
    }

    public void Completed(string channel, DeliveryStatus status)
    {
        var counter = status switch
        {
            DeliveryStatus.Delivered or DeliveryStatus.Accepted => _delivered,
            DeliveryStatus.Failed => _failed,
            _ => _retried,
        };
        if (counter.Enabled)
        {
            counter.Add(1, new KeyValuePair<string, object?>("channel", channel));
        }
    }

    public void Dispose() => _meter.Dispose();

    private static void Add(Counter<long> counter, long value)
    {
        if (counter.Enabled && value > 0)
        {
            counter.Add(value);
        }
    }
}
