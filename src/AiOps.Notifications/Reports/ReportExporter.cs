using System.Text.Json;
using AiOps.Notifications.Storage;
using CsvHelper;

namespace AiOps.Notifications.Reports;

/// <summary>Writes reports and the raw incident and notification lists as CSV or JSON, streaming page by page.</summary>
/// <remarks>
/// Thread safe. Lists are read from the store one page at a time and flushed to the output after each page,
/// so memory stays flat however large the export. CSV is RFC 4180, UTF-8 with a byte-order mark (so
/// spreadsheets pick the encoding), with formula-starting cells neutralised by a leading apostrophe.
/// </remarks>
public sealed class ReportExporter
{
    private static readonly CsvWriterOptions Csv = new()
    {
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    private readonly INotificationStore _store;

    /// <summary>Initializes a new instance of the <see cref="ReportExporter"/> class.</summary>
    /// <param name="store">The store to page through.</param>
    public ReportExporter(INotificationStore store)
    {
        ArgumentNullException.ThrowIfNull(store);

        _store = store;
    }

    /// <summary>Gets how many items are read from the store, written and flushed at a time.</summary>
    /// <value>Defaults to 500.</value>
    public int PageSize { get; init; } = 500;

    /// <summary>Writes a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">The stream to write to; left open.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the report is written and flushed.</returns>
    public async Task WriteReportAsync(
        OperationsReport report, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        if (format == ExportFormat.Json)
        {
            await JsonSerializer.SerializeAsync(output, report, ReportJsonContext.Default.OperationsReport,
                cancellationToken).ConfigureAwait(false);
            return;
        }

        var csv = CsvWriter.Create(output, Csv, leaveOpen: true);
        await using var csvScope = csv.ConfigureAwait(false);
        ReportCsv.WriteHeader(csv, ReportCsv.ReportHeader);
        ReportCsv.WriteReport(csv, report);
        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the incidents detected in a period, oldest first.</summary>
    /// <param name="period">The period.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">The stream to write to; left open.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many incidents were written.</returns>
    public Task<int> WriteIncidentsAsync(
        ReportPeriod period, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(output);

        var pages = new ExportPages<Incident>(
            (after, ct) => _store.GetIncidentPageAsync(period, after, PageSize, ct),
            i => new ExportCursor(i.DetectedAt, i.Id),
            PageSize);
        return format == ExportFormat.Json
            ? pages.WriteJsonAsync(output, ReportJsonContext.Default.Incident, cancellationToken)
            : pages.WriteCsvAsync(output, Csv, ReportCsv.IncidentHeader, ReportCsv.WriteIncident,
                cancellationToken);
    }

    /// <summary>Writes the notifications created in a period, oldest first.</summary>
    /// <param name="period">The period.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">The stream to write to; left open.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many notifications were written.</returns>
    public Task<int> WriteNotificationsAsync(
        ReportPeriod period, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(output);

        var pages = new ExportPages<Notification>(
            (after, ct) => _store.GetNotificationPageAsync(period, after, PageSize, ct),
            n => new ExportCursor(n.CreatedAt, n.Id),
            PageSize);
        return format == ExportFormat.Json
            ? pages.WriteJsonAsync(output, ReportJsonContext.Default.Notification, cancellationToken)
            : pages.WriteCsvAsync(output, Csv, ReportCsv.NotificationHeader, ReportCsv.WriteNotification,
                cancellationToken);
    }
}
