using System.Text;
using AiOps.Notifications.Storage;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Turns a <see cref="NotificationQuery"/> into a count and a page statement over the same filter.</summary>
internal sealed class NotificationQuerySql
{
    public const string AttemptsForNotification = $"""
        SELECT {AttemptSql.Columns} FROM delivery_attempts
        WHERE notification_id = $notification_id
        ORDER BY started_at, number, rowid;
        """;

    private readonly List<KeyValuePair<string, object>> _values = [];

    public NotificationQuerySql(NotificationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);

        var where = new StringBuilder();
        if (query.Type is { } type)
        {
            Add(where, "type = $type", "$type", type);
        }

        if (query.IncidentId is { } incidentId)
        {
            Add(where, "incident_id = $incident_id", "$incident_id", incidentId);
        }

        CountSql = $"SELECT COUNT(*) FROM notifications{where};";
        PageSql = $"SELECT {NotificationSql.Columns} FROM notifications{where} "
            + "ORDER BY created_at DESC, id DESC LIMIT $take OFFSET $skip;";
    }

    public string CountSql { get; }

    public string PageSql { get; }

    public void BindFilters(SqliteCommand command)
    {
        foreach (var (name, value) in _values)
        {
            command.Bind(name, value);
        }
    }

    private void Add(StringBuilder where, string condition, string name, object value)
    {
        where.Append(where.Length == 0 ? " WHERE " : " AND ").Append(condition);
        _values.Add(new(name, value));
    }
}
