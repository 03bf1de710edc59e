using System.Text;
using AiOps.Notifications.Storage;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Turns an <see cref="IncidentQuery"/> into a count and a page statement over the same filter.</summary>
/// <remarks>
/// Values are always parameters; only the shape of the WHERE clause varies, so statements stay cacheable.
/// </remarks>
internal sealed class IncidentQuerySql
{
    private const char LikeEscape = '\\';

    private readonly List<KeyValuePair<string, object>> _values = [];

    public IncidentQuerySql(IncidentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);

        var where = new StringBuilder();
        AddFilters(query, where);

        CountSql = $"SELECT COUNT(*) FROM incidents{where};";
        PageSql = $"SELECT {IncidentSql.Columns} FROM incidents{where} "
            + "ORDER BY detected_at DESC, id DESC LIMIT $take OFFSET $skip;";
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

    public static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);

    private void AddFilters(IncidentQuery query, StringBuilder where)
    {
        void Add(string condition, string name, object value)
        {
            where.Append(where.Length == 0 ? " WHERE " : " AND ").Append(condition);
            _values.Add(new(name, value));
        }

        if (query.Status is { } status)
        {
            Add("status = $status", "$status", (int)status);
        }

        if (query.MinLevel is { } minLevel)
        {
            Add("level >= $min_level", "$min_level", (int)minLevel);
        }

        if (query.Component is { } component)
        {
            Add("component = $component", "$component", component);
        }

        if (query.DetectedFrom is { } detectedFrom)
        {
            Add("detected_at >= $detected_from", "$detected_from", SqliteTime.ToDb(detectedFrom));
        }

        if (!string.IsNullOrEmpty(query.Search))
        {
            Add(
                $"(title LIKE $search ESCAPE '{LikeEscape}' OR message LIKE $search ESCAPE '{LikeEscape}' "
                    + $"OR component LIKE $search ESCAPE '{LikeEscape}')",
                "$search",
                $"%{EscapeLike(query.Search)}%");
        }
    }
}
