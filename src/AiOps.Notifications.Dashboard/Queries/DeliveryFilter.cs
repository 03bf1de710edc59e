using System.Globalization;
using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>The filters of the notifications page, read from and written back to the query string.</summary>
internal sealed record DeliveryFilter(string? Channel, DeliveryStatus? Status, string? Range, int Page)
{
    public const int PageSize = 20;

    /// <summary>Reads the filters leniently: a value the page does not know is ignored.</summary>
    public static DeliveryFilter Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);

        var channel = query["channel"].ToString().Trim();
        return new DeliveryFilter(
            channel.Length is 0 or > 200 ? null : channel,
            Enum.TryParse<DeliveryStatus>(query["status"], true, out var s) && Enum.IsDefined(s) ? s : null,
            IncidentFilter.Ranges.Contains(query["range"].ToString()) ? query["range"].ToString() : null,
            int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1);
    }

    public DeliveryQuery ToQuery(DateTimeOffset now) => new()
    {
        Channel = Channel,
        Status = Status,
        CreatedFrom = IncidentFilter.RangeLength(Range) is { } length ? now - length : null,
        Skip = (Page - 1) * PageSize,
        Take = PageSize,
    };

    /// <summary>Builds the query string of this filter on another page, such as <c>?status=Failed&amp;page=2</c>.</summary>
    public string QueryString(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["channel"] = Channel,
            ["status"] = Status?.ToString(),
            ["range"] = Range,
            ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("", values.Where(v => v.Value is not null));
    }
}
