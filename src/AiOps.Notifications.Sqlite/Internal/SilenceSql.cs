using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

internal static class SilenceSql
{
    public const string Columns = "id, matchers, starts_at, ends_at, created_by, comment, created_at";

    public const string Upsert = $"""
        INSERT OR REPLACE INTO silences ({Columns})
        VALUES ($id, $matchers, $starts_at, $ends_at, $created_by, $comment, $created_at);
        """;

    public const string EndingAfter = $"""
        SELECT {Columns} FROM silences WHERE ends_at > $after ORDER BY created_at DESC, rowid DESC;
        """;

    public const string All = $"SELECT {Columns} FROM silences ORDER BY created_at DESC, rowid DESC;";

    public static void Bind(SqliteCommand command, Silence silence)
    {
        command.Bind("$id", silence.Id).Bind("$matchers", StoreJson.WriteList(silence.Matchers))
            .Bind("$starts_at", SqliteTime.ToDb(silence.StartsAt)).Bind("$ends_at", SqliteTime.ToDb(silence.EndsAt))
            .Bind("$created_by", silence.CreatedBy).Bind("$comment", silence.Comment)
            .Bind("$created_at", SqliteTime.ToDb(silence.CreatedAt));
    }

    public static Silence Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Matchers = StoreJson.ReadList(reader.GetString(1)),
        StartsAt = reader.GetTime(2),
        EndsAt = reader.GetTime(3),
        CreatedBy = reader.GetNullableString(4),
        Comment = reader.GetNullableString(5),
        CreatedAt = reader.GetTime(6),
    };
}
