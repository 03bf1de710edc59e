using AiOps.Notifications.Reports;
using AiOps.Notifications.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite;

/// <content>Report figures computed by SQL aggregates, and keyset-paged export reads.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    public Task<IncidentFigures> GetIncidentFiguresAsync(
        ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);

        return ReadAsync(pooled => ReportReaders.IncidentFigures(pooled, period), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FingerprintFigures>> GetTopFingerprintsAsync(
        ReportPeriod period, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        return ReadAsync<IReadOnlyList<FingerprintFigures>>(
            pooled => ReportReaders.InPeriod(pooled.Command(ReportSql.TopFingerprints), period)
                .Bind("$limit", limit)
                .ReadAll(r => new FingerprintFigures(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3))),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ChannelFigures>> GetChannelFiguresAsync(
        ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);

        return ReadAsync(pooled => ReportReaders.Channels(pooled, period), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AgentFigures>> GetAgentFiguresAsync(
        ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);

        return ReadAsync(pooled => ReportReaders.Agents(pooled, period), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Incident>> GetIncidentPageAsync(
        ReportPeriod period, ExportCursor? after, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);

        var sql = after is null ? ReportSql.IncidentFirstPage : ReportSql.IncidentNextPage;
        return ReadAsync<IReadOnlyList<Incident>>(
            pooled => Page(pooled.Command(sql), period, after, take).ReadAll(IncidentSql.Read),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Notification>> GetNotificationPageAsync(
        ReportPeriod period, ExportCursor? after, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);

        var sql = after is null ? ReportSql.NotificationFirstPage : ReportSql.NotificationNextPage;
        return ReadAsync<IReadOnlyList<Notification>>(
            pooled => Page(pooled.Command(sql), period, after, take).ReadAll(NotificationSql.Read),
            cancellationToken);
    }

    private static SqliteCommand Page(SqliteCommand command, ReportPeriod period, ExportCursor? after, int take)
    {
        ReportReaders.InPeriod(command, period).Bind("$take", take);
        if (after is not null)
        {
            command.Bind("$after_at", SqliteTime.ToDb(after.At)).Bind("$after_id", after.Id);
        }

        return command;
    }
}
