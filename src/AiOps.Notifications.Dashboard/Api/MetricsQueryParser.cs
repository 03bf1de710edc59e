using System.Globalization;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Reads a statistics period and filters from a query string: from, to, level, component, agent.</summary>
internal static class MetricsQueryParser
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromHours(24);

    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    public static StatisticsQuery Parse(IQueryCollection query, DateTimeOffset now, ApiValidation validation)
    {
        var to = Time(query, "to", validation) ?? now.AddTicks(1);
        var from = Time(query, "from", validation) ?? to - DefaultPeriod;
        validation.Check(from < to, "from", "'from' must be before 'to'.")
            .Check(to - from <= MaxPeriod, "to", "The period must be at most 366 days.");
        var level = Text(query, "level");
        IncidentLevel? minLevel = null;
        if (level is not null)
        {
            minLevel = !int.TryParse(level, out _) && Enum.TryParse<IncidentLevel>(level, true, out var parsed)
                ? parsed
                : null;
            validation.Check(minLevel is not null, "level", "'level' must be one of: Info, Warning, Error, Critical.");
        }

        var component = Text(query, "component");
        var agent = Text(query, "agent");
        validation.Optional("component", component).Optional("agent", agent);
        return new StatisticsQuery { From = from, To = to, MinLevel = minLevel, Component = component, Agent = agent };
    }

    private static DateTimeOffset? Time(IQueryCollection query, string name, ApiValidation validation)
    {
        var value = Text(query, name);
        if (value is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            validation.Add(name, $"'{name}' must be an ISO 8601 date and time, such as 2026-12-03T00:00:00Z.");
            return null;
        }

        // An absurd date is refused here, before the default of the other end is computed from it.
        return DateBounds.Contains(time) ? time : Refuse(validation, name);
    }

    private static DateTimeOffset? Refuse(ApiValidation validation, string name)
    {
        validation.Add(name, DateBounds.Rule(name));
        return null;
    }

    private static string? Text(IQueryCollection query, string name)
    {
        var value = query[name].ToString().Trim();
        return value.Length == 0 ? null : value;
    }
}
