using System.Text;
using AiOps.Notifications.Storage;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Turns an <see cref="IncidentQuery"/> into a count and a page statement over the same filter.</summary>
/// <remarks>
/// Values are always parameters; only the shape of the WHERE clause varies, so statements stay cacheable.
/// A search starts from the full-text word index (<see cref="IncidentSearch"/>) and reads only the incidents it
/// matched, once: one statement sorts them by detection time, loads the columns of one page
/// and counts them all.
/// </remarks>
internal sealed class IncidentQuerySql
{
    private const string Matched =
        "incidents_search CROSS JOIN incidents ON incidents.rowid = incidents_search.rowid";

    private const string Order = "ORDER BY incidents.detected_at DESC, incidents.id DESC";

    private readonly List<KeyValuePair<string, object>> _values = [];

    public IncidentQuerySql(IncidentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);

        var where = new StringBuilder();
        var indexed = AddFilters(query, where);

        CountSql = indexed
            ? $"SELECT COUNT(*) FROM {Matched}{where};"
            : $"SELECT COUNT(*) FROM incidents{where};";
        CountsInPage = indexed;
        PageSql = indexed
            ? $"WITH hits AS MATERIALIZED (SELECT incidents.rowid AS hit, incidents.detected_at AS at, "
                + $"incidents.id AS key FROM {Matched}{where}), page AS (SELECT hit, at, key FROM hits "
                + "ORDER BY at DESC, key DESC LIMIT $take OFFSET $skip) "
                + $"SELECT {Qualified}, (SELECT COUNT(*) FROM hits) FROM page "
                + "CROSS JOIN incidents ON incidents.rowid = page.hit ORDER BY page.at DESC, page.key DESC;"
            : $"SELECT {IncidentSql.Columns} FROM incidents{where} {Order} LIMIT $take OFFSET $skip;";
    }

    /// <summary>Gets whether each row of the page carries the total after the incident's columns.</summary>
    /// <remarks>The full-text match then runs once for both; an empty page needs <see cref="CountSql"/>.</remarks>
    public bool CountsInPage { get; }

    public string CountSql { get; }

    public string PageSql { get; }

    private static string Qualified { get; } =
        string.Join(", ", IncidentSql.Columns.Split(", ").Select(column => "incidents." + column));

    public void BindFilters(SqliteCommand command)
    {
        foreach (var (name, value) in _values)
        {
            command.Bind(name, value);
        }
    }

    /// <returns>Whether the search is answered by the full-text index.</returns>
    private bool AddFilters(IncidentQuery query, StringBuilder where)
    {
        void Add(string condition, string? name = null, object? value = null)
        {
            where.Append(where.Length == 0 ? " WHERE " : " AND ").Append(condition);
            if (name is not null)
            {
                _values.Add(new(name, value!));
            }
        }

        var search = string.IsNullOrWhiteSpace(query.Search) ? null : IncidentSearch.ToMatchQuery(query.Search);
        if (search is not null)
        {
            Add("incidents_search MATCH $search", "$search", search);
        }
        else if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Text without a single word (only punctuation, symbols or emoji) cannot match a word: match nothing.
            Add("0");
        }

        if (query.Status is { } status)
        {
            Add("incidents.status = $status", "$status", (int)status);
        }

        if (query.MinLevel is { } minLevel)
        {
            Add("incidents.level >= $min_level", "$min_level", (int)minLevel);
        }

        if (query.Component is { } component)
        {
            Add("incidents.component = $component", "$component", component);
        }

        if (query.DetectedFrom is { } detectedFrom)
        {
            Add("incidents.detected_at >= $detected_from", "$detected_from", SqliteTime.ToDb(detectedFrom));
        }

        return search is not null;
    }
}
