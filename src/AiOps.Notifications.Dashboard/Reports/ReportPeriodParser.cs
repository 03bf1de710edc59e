using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Reports;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Reports;

/// <summary>Reads <c>from</c>, <c>to</c> and <c>format</c> from a query string; the period defaults to the last 7 days.</summary>
internal static class ReportPeriodParser
{
    public static readonly TimeSpan DefaultLength = TimeSpan.FromDays(7);

    public static ReportPeriod? Parse(IQueryCollection query, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        // The end is exclusive: by default the period includes what happened at this very instant.
        var to = Time(query, "to", errors) ?? now.AddTicks(1);
        var from = Time(query, "from", errors) ?? to - DefaultLength;
        if (errors.Count > 0)
        {
            return null;
        }

        if (to <= from)
        {
            errors["to"] = ["'to' must be after 'from'."];
            return null;
        }

        return new ReportPeriod(from, to);
    }

    public static string? Format(
        IQueryCollection query, IReadOnlyList<string> allowed, Dictionary<string, string[]> errors)
    {
        var format = query["format"].ToString();
        format = string.IsNullOrEmpty(format) ? allowed[0] : format.ToLowerInvariant();
        if (!allowed.Contains(format))
        {
            errors["format"] = [$"'format' must be one of: {string.Join(", ", allowed)}."];
            return null;
        }

        return format;
    }

    private static DateTimeOffset? Time(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        var text = query[name].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var value = IsoTime.FromQuery(text, name, out var error);
        if (error is not null)
        {
            errors[name] = [error];
        }

        return value;
    }
}
