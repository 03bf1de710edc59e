using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Reads a statistics period and filters from a query string: from, to, level, component, agent.</summary>
internal static class MetricsQueryParser
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromHours(24);

    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    /// <summary>Gets the filters on incidents and agents, which a count of delivery attempts cannot take.</summary>
    public static IReadOnlyList<string> IncidentFilters { get; } = ["level", "component", "agent"];

    public static StatisticsQuery Parse(IQueryCollection query, DateTimeOffset now, ApiValidation validation)
    {
        var period = Period(query, now, validation);
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
        return period with { MinLevel = minLevel, Component = component, Agent = agent };
    }

    /// <summary>Reads only a period, refusing the <see cref="IncidentFilters"/> rather than ignoring them.</summary>
    public static StatisticsQuery ParsePeriod(IQueryCollection query, DateTimeOffset now, ApiValidation validation)
    {
        foreach (var name in IncidentFilters.Where(name => Text(query, name) is not null))
        {
            validation.Add(
                name, $"'{name}' is not a filter here: delivery attempts are filtered by 'from' and 'to' only.");
        }

        return Period(query, now, validation);
    }

    private static StatisticsQuery Period(IQueryCollection query, DateTimeOffset now, ApiValidation validation)
    {
        var to = Time(query, "to", validation) ?? now.AddTicks(1);
        var from = Time(query, "from", validation) ?? to - DefaultPeriod;
        validation.Check(from < to, "from", "'from' must be before 'to'.")
            .Check(to - from <= MaxPeriod, "to", "The period must be at most 366 days.");
        return new StatisticsQuery { From = from, To = to };
    }

    private static DateTimeOffset? Time(IQueryCollection query, string name, ApiValidation validation)
    {
        var value = Text(query, name);
        if (value is null)
        {
            return null;
        }

        // An absurd date is refused here, before the default of the other end is computed from it.
        var time = IsoTime.FromQuery(value, name, out var error);
        if (error is not null)
        {
            validation.Add(name, error);
        }

        return time;
    }

    private static string? Text(IQueryCollection query, string name)
    {
        var value = query[name].ToString().Trim();
        return value.Length == 0 ? null : value;
    }
}
