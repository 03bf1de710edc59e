using AiOps.Notifications.Sqlite.Internal;
using AiOps.Notifications.Storage;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite;

/// <content>Incidents.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    public Task SaveIncidentAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);

        return WriteAsync((pooled, transaction) => UpsertIncident(pooled, transaction, incident), cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<Incident?> FindIncidentAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);

        return new(ReadAsync(
            pooled => pooled.Command(IncidentSql.FindById).Bind("$id", id).ReadFirst(IncidentSql.Read),
            cancellationToken));
    }

    /// <inheritdoc />
    public Task<Incident?> FindOpenIncidentAsync(string fingerprint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);

        return ReadAsync(
            pooled => pooled.Command(IncidentSql.FindOpen)
                .Bind("$fingerprint", fingerprint)
                .ReadFirst(IncidentSql.Read),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<PagedResult<Incident>> QueryIncidentsAsync(
        IncidentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Take);

        var sql = new IncidentQuerySql(query);
        return ReadAsync(pooled => Query(pooled, sql, query), cancellationToken);
    }

    private static void UpsertIncident(PooledConnection pooled, SqliteTransaction transaction, Incident incident)
    {
        var command = pooled.Command(IncidentSql.Upsert, transaction);
        IncidentSql.Bind(command, incident);
        command.ExecuteNonQuery();
    }

    private static PagedResult<Incident> Query(PooledConnection pooled, IncidentQuerySql sql, IncidentQuery query)
    {
        // One read transaction, so the total and the page come from the same snapshot.
        using var transaction = pooled.Connection.BeginTransaction(deferred: true);

        var page = pooled.Command(sql.PageSql, transaction);
        sql.BindFilters(page);
        page.Bind("$take", query.Take).Bind("$skip", query.Skip);
        var total = (int?)null;
        var items = page.ReadAll(reader =>
        {
            total ??= sql.CountsInPage ? reader.GetInt32(reader.FieldCount - 1) : null;
            return IncidentSql.Read(reader);
        });

        if (total is null)
        {
            var count = pooled.Command(sql.CountSql, transaction);
            sql.BindFilters(count);
            total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        transaction.Commit();
        return new PagedResult<Incident>(items, total.Value);
    }
}
