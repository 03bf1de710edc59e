using AiOps.Notifications.Reports;

namespace AiOps.Notifications.Storage;

/// <content>Report figures and export pages; each is computed by the store, never by loading everything.</content>
public partial interface INotificationStore
{
    /// <summary>Counts the incidents detected in a period and their mean times to acknowledge and resolve.</summary>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The figures.</returns>
    Task<IncidentFigures> GetIncidentFiguresAsync(ReportPeriod period, CancellationToken cancellationToken = default);

    /// <summary>Lists the fingerprints with the most occurrences among incidents detected in a period.</summary>
    /// <param name="period">The period.</param>
    /// <param name="limit">The most to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The fingerprints, most occurrences first, then most incidents, then by fingerprint.</returns>
    Task<IReadOnlyList<FingerprintFigures>> GetTopFingerprintsAsync(
        ReportPeriod period, int limit, CancellationToken cancellationToken = default);

    /// <summary>Counts the deliveries created in a period per channel, by outcome.</summary>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The figures, by channel name.</returns>
    Task<IReadOnlyList<ChannelFigures>> GetChannelFiguresAsync(
        ReportPeriod period, CancellationToken cancellationToken = default);

    /// <summary>Measures the diagnosis agents on the incidents detected in a period: latency and feedback.</summary>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The figures, by agent name.</returns>
    Task<IReadOnlyList<AgentFigures>> GetAgentFiguresAsync(
        ReportPeriod period, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of the incidents detected in a period, oldest first, for exports.</summary>
    /// <param name="period">The period.</param>
    /// <param name="after">Where the previous page ended, or <see langword="null"/> for the first page.</param>
    /// <param name="take">The page size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; shorter than <paramref name="take"/> at the end.</returns>
    Task<IReadOnlyList<Incident>> GetIncidentPageAsync(
        ReportPeriod period, ExportCursor? after, int take, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of the notifications created in a period, oldest first, for exports.</summary>
    /// <param name="period">The period.</param>
    /// <param name="after">Where the previous page ended, or <see langword="null"/> for the first page.</param>
    /// <param name="take">The page size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; shorter than <paramref name="take"/> at the end.</returns>
    Task<IReadOnlyList<Notification>> GetNotificationPageAsync(
        ReportPeriod period, ExportCursor? after, int take, CancellationToken cancellationToken = default);
}
