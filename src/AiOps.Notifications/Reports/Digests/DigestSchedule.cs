using Cronos;

namespace AiOps.Notifications.Reports;

/// <summary>Computes when a digest fires next, in its own time zone (daylight-saving changes included).</summary>
internal sealed class DigestSchedule
{
    private readonly CronExpression _cron;
    private readonly TimeZoneInfo _zone;

    public DigestSchedule(DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        Options = options;
        _cron = CronExpression.Parse(options.Cron);
        _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
    }

    public DigestOptions Options { get; }

    /// <summary>Gets the first firing strictly after an instant, or <see langword="null"/> when there is none.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset instant) =>
        _cron.GetNextOccurrence(instant.ToUniversalTime(), _zone, inclusive: false);
}
