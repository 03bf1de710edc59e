namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Reads the attempts of one delivery through the index on <c>(delivery_id, number)</c>.</summary>
internal static class DeliveryAttemptsSql
{
    public const string ForDelivery = $"""
        SELECT {AttemptSql.Columns} FROM delivery_attempts
        WHERE delivery_id = $delivery_id
        ORDER BY started_at, number;
        """;
}
