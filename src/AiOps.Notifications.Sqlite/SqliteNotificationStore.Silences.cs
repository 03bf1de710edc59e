using AiOps.Notifications.Escalation;
using AiOps.Notifications.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite;

/// <content>Silences and escalation timers.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    public Task SaveSilenceAsync(Silence silence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(silence);

        return WriteAsync(
            (pooled, transaction) =>
            {
                var command = pooled.Command(SilenceSql.Upsert, transaction);
                SilenceSql.Bind(command, silence);
                command.ExecuteNonQuery();
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Silence>> GetSilencesAsync(
        DateTimeOffset? endingAfter, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<Silence>>(
            pooled => endingAfter is { } after
                ? pooled.Command(SilenceSql.EndingAfter).Bind("$after", SqliteTime.ToDb(after)).ReadAll(SilenceSql.Read)
                : pooled.Command(SilenceSql.All).ReadAll(SilenceSql.Read),
            cancellationToken);

    /// <inheritdoc />
    public Task SaveEscalationAsync(EscalationState escalation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(escalation);

        return WriteAsync(
            (pooled, transaction) => UpsertEscalation(pooled, transaction, escalation), cancellationToken);
    }

    /// <inheritdoc />
    public Task<EscalationState?> FindEscalationAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);

        return ReadAsync(
            pooled => pooled.Command(EscalationSql.Find).Bind("$incident_id", incidentId).ReadFirst(EscalationSql.Read),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteEscalationAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);

        return WriteAsync(
            (pooled, transaction) =>
                pooled.Command(EscalationSql.Delete, transaction).Bind("$incident_id", incidentId).ExecuteNonQuery(),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<EscalationState>> GetDueEscalationsAsync(
        DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);

        return ReadAsync<IReadOnlyList<EscalationState>>(
            pooled => pooled.Command(EscalationSql.Due)
                .Bind("$due_by", SqliteTime.ToDb(dueBy))
                .Bind("$limit", limit)
                .ReadAll(EscalationSql.Read),
            cancellationToken);
    }

    private static void UpsertEscalation(
        PooledConnection pooled, SqliteTransaction transaction, EscalationState escalation)
    {
        var command = pooled.Command(EscalationSql.Upsert, transaction);
        EscalationSql.Bind(command, escalation);
        command.ExecuteNonQuery();
    }
}
