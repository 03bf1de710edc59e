using System.Globalization;
using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>Reads incident filters from a query string: status, level, component, q, skip and take.</summary>
internal static class IncidentQueryParser
{
    public const int MaxTake = 200;

    public const int MaxSearchLength = 200;

    public static IncidentQuery Parse(IQueryCollection query, int defaultTake, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);

        return new IncidentQuery
        {
            Status = ParseEnum<IncidentStatus>(query, "status", errors),
            MinLevel = ParseEnum<IncidentLevel>(query, "level", errors),
            Component = Text(query, "component", MaxSearchLength, errors),
            Search = Text(query, "q", MaxSearchLength, errors),
            Skip = ParseInt(query, "skip", 0, 0, int.MaxValue, errors),
            Take = ParseInt(query, "take", defaultTake, 1, MaxTake, errors),
        };
    }

    private static T? ParseEnum<T>(IQueryCollection query, string name, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        var value = Single(query, name);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, out _) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed))
        {
            return parsed;
        }

        errors[name] = [$"'{name}' must be one of: {string.Join(", ", Enum.GetNames<T>())}."];
        return null;
    }

    private static int ParseInt(
        IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var value = Single(query, name);
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            && parsed >= min && parsed <= max)
        {
            return parsed;
        }

        errors[name] =
            [string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a whole number from {min} to {max}.")];
        return fallback;
    }

    private static string? Text(IQueryCollection query, string name, int maxLength, Dictionary<string, string[]> errors)
    {
        var value = Single(query, name);
        if (value is not null && value.Length > maxLength)
        {
            errors[name] =
                [string.Create(CultureInfo.InvariantCulture, $"'{name}' must be at most {maxLength} characters.")];
            return null;
        }

        return value;
    }

    private static string? Single(IQueryCollection query, string name)
    {
        var value = query[name].ToString().Trim();
        return value.Length == 0 ? null : value;
    }
}
