using AiOps.Notifications.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite;

/// <content>Deliveries (the outbox) and delivery attempts.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    public ValueTask<Delivery?> FindDeliveryAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);

        return new(ReadAsync(
            pooled => pooled.Command(DeliverySql.FindById).Bind("$id", id).ReadFirst(DeliverySql.Read),
            cancellationToken));
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">No delivery with that identifier is stored.</exception>
    public Task UpdateDeliveryAsync(Delivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);

        return WriteAsync((pooled, transaction) => UpdateOrThrow(pooled, transaction, delivery), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Delivery>> GetDeliveriesForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);

        return ReadAsync<IReadOnlyList<Delivery>>(
            pooled => pooled.Command(DeliverySql.ForIncident)
                .Bind("$incident_id", incidentId)
                .ReadAll(DeliverySql.Read),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Delivery>> GetDeliveriesForNotificationAsync(
        string notificationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notificationId);

        return ReadAsync<IReadOnlyList<Delivery>>(
            pooled => pooled.Command(DeliverySql.ForNotification)
                .Bind("$notification_id", notificationId)
                .ReadAll(DeliverySql.Read),
            cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Highest priority first, then the soonest due, at most <paramref name="limit"/> per channel. A pending
    /// delivery with no <see cref="Delivery.NextAttemptAt"/> is due from its <see cref="Delivery.CreatedAt"/>.
    /// Each channel is read from its own index, so the cost grows with the channels, not with a backlog.
    /// </remarks>
    public Task<IReadOnlyList<Delivery>> GetDueDeliveriesAsync(
        DateTimeOffset dueBy, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);

        return ReadAsync<IReadOnlyList<Delivery>>(pooled => ReadDue(pooled, dueBy, limit), cancellationToken);
    }

    /// <summary>Reads each channel's first due deliveries, each read from the per-channel index.</summary>
    private static List<Delivery> ReadDue(PooledConnection pooled, DateTimeOffset dueBy, int limit)
    {
        var channels = pooled.Command(DeliverySql.PendingChannels).ReadAll(reader => reader.GetString(0));
        var due = new List<Delivery>();
        foreach (var channel in channels)
        {
            due.AddRange(pooled.Command(DeliverySql.DueForChannel)
                .Bind("$channel", channel)
                .Bind("$due_by", SqliteTime.ToDb(dueBy))
                .Bind("$limit", limit)
                .ReadAll(DeliverySql.Read));
        }

        // Stable, so equal rows keep each channel's own order.
        return [.. due.OrderByDescending(d => d.Priority).ThenBy(d => d.NextAttemptAt ?? d.CreatedAt)];
    }

    /// <inheritdoc />
    public Task AddAttemptAsync(DeliveryAttempt attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);

        return WriteAsync(
            (pooled, transaction) =>
            {
                var command = pooled.Command(AttemptSql.Insert, transaction);
                AttemptSql.Bind(command, attempt);
                command.ExecuteNonQuery();
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DeliveryAttempt>> GetAttemptsForIncidentAsync(
        string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);

        return ReadAsync<IReadOnlyList<DeliveryAttempt>>(
            pooled => pooled.Command(AttemptSql.ForIncident)
                .Bind("$incident_id", incidentId)
                .ReadAll(AttemptSql.Read),
            cancellationToken);
    }

    private static int Update(PooledConnection pooled, SqliteTransaction transaction, string sql, Delivery delivery)
    {
        var command = pooled.Command(sql, transaction);
        DeliverySql.Bind(command, delivery);
        return command.ExecuteNonQuery();
    }

    private static void UpdateOrThrow(PooledConnection pooled, SqliteTransaction transaction, Delivery delivery)
    {
        if (Update(pooled, transaction, DeliverySql.UpdateState, delivery) == 0
            && Update(pooled, transaction, DeliverySql.Update, delivery) == 0)
        {
            throw new InvalidOperationException(
                $"No delivery '{delivery.Id}' is stored. Add it with AddNotificationAsync before updating it.");
        }
    }
}
