using System.Text;
using AiOps.Notifications.Storage;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Turns a <see cref="DeliveryQuery"/> into a count and a page statement over the same filter.</summary>
internal sealed class DeliveryQuerySql
{
    private readonly List<KeyValuePair<string, object>> _values = [];

    public DeliveryQuerySql(DeliveryQuery query)
    {
        var where = new StringBuilder();
        void Add(string condition, string name, object value)
        {
            where.Append(where.Length == 0 ? " WHERE " : " AND ").Append(condition);
            _values.Add(new(name, value));
        }

        if (query.Channel is { } channel)
        {
            Add("channel = $channel", "$channel", channel);
        }

        if (query.Status is { } status)
        {
            Add("status = $status", "$status", (int)status);
        }

        if (query.CreatedFrom is { } from)
        {
            Add("created_at >= $from", "$from", SqliteTime.ToDb(from));
        }

        if (query.CreatedTo is { } to)
        {
            Add("created_at < $to", "$to", SqliteTime.ToDb(to));
        }

        CountSql = $"SELECT COUNT(*) FROM deliveries{where};";
        PageSql = $"SELECT {DeliverySql.Columns} FROM deliveries{where} "
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
}
