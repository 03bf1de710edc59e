using System.Globalization;
using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>The filters of the incidents page, read from and written back to the query string.</summary>
internal sealed record IncidentFilter(
    IncidentStatus? Status, IncidentLevel? Level, string? Component, string? Search, string? Range, int Page)
{
    public const int PageSize = 25;

    public static IReadOnlyList<string> Ranges { get; } = ["1h", "6h", "24h", "7d", "30d"];

    /// <summary>Reads the filters leniently: a value the page does not know is ignored.</summary>
    public static IncidentFilter Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);

        return new IncidentFilter(
            Enum.TryParse<IncidentStatus>(query["status"], true, out var s) && Enum.IsDefined(s) ? s : null,
            Enum.TryParse<IncidentLevel>(query["level"], true, out var l) && Enum.IsDefined(l) ? l : null,
            Text(query["component"]),
            Text(query["q"]),
            Ranges.Contains(query["range"].ToString()) ? query["range"].ToString() : null,
            int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1);
    }

    public static TimeSpan? RangeLength(string? range) => range switch
    {
        "1h" => TimeSpan.FromHours(1),
        "6h" => TimeSpan.FromHours(6),
        "24h" => TimeSpan.FromHours(24),
        "7d" => TimeSpan.FromDays(7),
        "30d" => TimeSpan.FromDays(30),
        _ => null,
    };

    public IncidentQuery ToQuery(DateTimeOffset now) => new()
    {
        Status = Status,
        MinLevel = Level,
        Component = Component,
        Search = Search,
        DetectedFrom = RangeLength(Range) is { } length ? now - length : null,
        Skip = (Page - 1) * PageSize,
        Take = PageSize,
    };

    /// <summary>Builds the query string of this filter on another page, such as <c>?status=New&amp;page=2</c>.</summary>
    public string QueryString(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Search,
            ["status"] = Status?.ToString(),
            ["level"] = Level?.ToString(),
            ["component"] = Component,
            ["range"] = Range,
            ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("", values.Where(v => v.Value is not null));
    }

    private static string? Text(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, 200)];
    }
}
