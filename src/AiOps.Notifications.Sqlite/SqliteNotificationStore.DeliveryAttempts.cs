using AiOps.Notifications.Sqlite.Internal;

namespace AiOps.Notifications.Sqlite;

/// <content>Attempts of chosen deliveries: one indexed read per delivery on one connection.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<DeliveryAttempt>> GetAttemptsForDeliveriesAsync(
        IReadOnlyCollection<string> deliveryIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deliveryIds);

        return ReadAsync<IReadOnlyList<DeliveryAttempt>>(
            pooled =>
            {
                var attempts = new List<DeliveryAttempt>();
                foreach (var id in deliveryIds.Distinct(StringComparer.Ordinal))
                {
                    attempts.AddRange(pooled.Command(DeliveryAttemptsSql.ForDelivery)
                        .Bind("$delivery_id", id)
                        .ReadAll(AttemptSql.Read));
                }

                return attempts;
            },
            cancellationToken);
    }
}
