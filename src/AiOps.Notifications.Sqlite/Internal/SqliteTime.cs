namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Stores instants as UTC ticks (100 ns units) so that they sort and range-scan as integers.</summary>
internal static class SqliteTime
{
    public static long ToDb(DateTimeOffset value) => value.UtcTicks;

    public static object ToDb(DateTimeOffset? value) => value is { } v ? v.UtcTicks : DBNull.Value;

    public static DateTimeOffset FromDb(long ticks) => new(ticks, TimeSpan.Zero);
}
