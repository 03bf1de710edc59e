using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Reports;

/// <summary>Builds the operations report for a period from the store's aggregate queries.</summary>
/// <remarks>Thread safe. Each figure is computed by the store; nothing is loaded whole.</remarks>
public sealed class OperationsReportBuilder
{
    /// <summary>How many recurring fingerprints a report lists.</summary>
    public const int TopFingerprintCount = 10;

    private readonly INotificationStore _store;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="OperationsReportBuilder"/> class.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="timeProvider">The clock that stamps the report.</param>
    public OperationsReportBuilder(INotificationStore store, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);

        _store = store;
        _timeProvider = timeProvider;
    }

    /// <summary>Builds the report for a period.</summary>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    public async Task<OperationsReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);

        var incidents = await _store.GetIncidentFiguresAsync(period, cancellationToken).ConfigureAwait(false);
        var top = await _store.GetTopFingerprintsAsync(period, TopFingerprintCount, cancellationToken)
            .ConfigureAwait(false);
        var channels = await _store.GetChannelFiguresAsync(period, cancellationToken).ConfigureAwait(false);
        var agents = await _store.GetAgentFiguresAsync(period, cancellationToken).ConfigureAwait(false);

        return new OperationsReport
        {
            Period = period,
            GeneratedAt = _timeProvider.GetUtcNow(),
            Incidents = incidents,
            TopFingerprints = top,
            Channels = channels,
            Agents = agents,
        };
    }

    /// <summary>Builds the report for the period that ends now (inclusive) and lasts as long as given.</summary>
    /// <param name="length">How far back the period reaches.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    public Task<OperationsReport> BuildLastAsync(TimeSpan length, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(length, TimeSpan.Zero);

        var now = _timeProvider.GetUtcNow();
        return BuildAsync(new ReportPeriod(now - length, now.AddTicks(1)), cancellationToken);
    }
}
