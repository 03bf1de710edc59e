using System.Text;
using AiOps.Notifications.Storage;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Turns an <see cref="IncidentQuery"/> into a count and a page statement over the same filter.</summary>
/// <remarks>
/// Values are always parameters; only the shape of the WHERE clause varies, so statements stay cacheable.
/// A search of three characters or more starts from the full-text index (<see cref="IncidentSearch"/>) and reads
/// only the incidents it matched, once: one statement sorts them by detection time, loads the columns of one page
/// and counts them all.
/// </remarks>
internal sealed class IncidentQuerySql
{
    private const char LikeEscape = '\\';

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

    public static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);

    /// <returns>Whether the search is answered by the full-text index.</returns>
    private bool AddFilters(IncidentQuery query, StringBuilder where)
    {
        void Add(string condition, string name, object value)
        {
            where.Append(where.Length == 0 ? " WHERE " : " AND ").Append(condition);
            _values.Add(new(name, value));
        }

        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search;
        var indexed = search is not null && !search.Contains('\0', StringComparison.Ordinal)
            && IncidentSearch.IsIndexable(search);
        if (indexed)
        {
            Add("incidents_search MATCH $search", "$search", IncidentSearch.ToMatchPhrase(search!));
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

        if (search is null || indexed)
        {
            return indexed;
        }

        if (search.Contains('\0', StringComparison.Ordinal))
        {
            // FTS5 and LIKE both stop reading text at a NUL character, so no query can match it: match nothing.
            Add("$search IS NULL", "$search", search);
            return false;
        }

        // Fewer than three characters: the trigram index cannot look them up, so LIKE reads the rows.
        Add(
            $"(incidents.title LIKE $search ESCAPE '{LikeEscape}' OR incidents.message LIKE $search ESCAPE "
                + $"'{LikeEscape}' OR incidents.component LIKE $search ESCAPE '{LikeEscape}')",
            "$search",
            $"%{EscapeLike(search)}%");
        return false;
    }
}
