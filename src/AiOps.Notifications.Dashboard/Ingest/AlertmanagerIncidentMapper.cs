using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AiOps.Notifications.Dashboard.Api;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Turns one Alertmanager or Grafana alert into an incident report.</summary>
internal static class AlertmanagerIncidentMapper
{
    public const string Source = "alertmanager";

    public static string Fingerprint(AlertmanagerAlert alert, string source = Source) =>
        source + ":" + alert.Fingerprint;

    public static IncidentReport ToReport(AlertmanagerAlert alert, string source = Source)
    {
        var labels = alert.Labels ?? [];
        var annotations = alert.Annotations ?? [];

        return new IncidentReport
        {
            Title = Shorten(Title(alert, labels, annotations), ApiValidation.MediumText),
            Message = Shorten(NonEmpty(annotations.GetValueOrDefault("description")), ApiValidation.LongText),
            Component = Shorten(FirstLabel(labels, "service", "job", "instance"), ApiValidation.ShortText),
            Source = source,
            Level = Level(labels.GetValueOrDefault("severity")),
            Fingerprint = Fingerprint(alert, source),
            Labels = new Dictionary<string, string>(labels, StringComparer.Ordinal),
            Annotations = Annotations(alert, annotations),
            StartedAt = OrNull(alert.StartsAt),
        };
    }

    /// <summary>Maps Alertmanager's zero time (<c>0001-01-01T00:00:00Z</c>, sent for firing alerts) to null.</summary>
    public static DateTimeOffset? OrNull(DateTimeOffset? time) =>
        time is { } value && value.UtcDateTime.Year > 1 ? value : null;

    /// <summary>
    /// Cuts a value taken from a label or an annotation to the limit of the field it fills, ending it with an
    /// ellipsis; the full value stays in the labels or annotations.
    /// </summary>
    /// <remarks>Refusing the alert instead would lose it: Alertmanager does not retry a 400.</remarks>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Shorten(string? value, int maxLength)
    {
        if (value is null || value.Length <= maxLength)
        {
            return value;
        }

        // Never split a surrogate pair: half an emoji is not text.
        var cut = maxLength - 1;
        cut -= char.IsHighSurrogate(value[cut - 1]) ? 1 : 0;
        return string.Concat(value.AsSpan(0, cut), "…");
    }

    public static IncidentLevel Level(string? severity) => severity?.Trim().ToUpperInvariant() switch
    {
        "CRITICAL" or "PAGE" => IncidentLevel.Critical,
        "ERROR" => IncidentLevel.Error,
        "WARNING" or "WARN" => IncidentLevel.Warning,
        "INFO" or "INFORMATION" or "NONE" => IncidentLevel.Info,
        _ => IncidentLevel.Error,
    };

    private static string Title(
        AlertmanagerAlert alert, Dictionary<string, string> labels, Dictionary<string, string> annotations) =>
        NonEmpty(annotations.GetValueOrDefault("summary"))
        ?? NonEmpty(labels.GetValueOrDefault("alertname"))
        ?? "Alert " + alert.Fingerprint;

    private static Dictionary<string, string> Annotations(
        AlertmanagerAlert alert, Dictionary<string, string> annotations)
    {
        var result = annotations.ToDictionary(
            pair => pair.Key, pair => Shorten(pair.Value, ApiValidation.LongText), StringComparer.Ordinal);
        AddLink(result, "generatorURL", alert.GeneratorUrl);
        AddLink(result, "dashboardURL", alert.DashboardUrl);
        AddLink(result, "panelURL", alert.PanelUrl);
        AddLink(result, "silenceURL", alert.SilenceUrl);
        AddLink(result, "imageURL", alert.ImageUrl);
        if (alert.Values is { Count: > 0 } values)
        {
            result["values"] = string.Join(", ", values.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => pair.Key + "=" + (pair.Value?.ToString(CultureInfo.InvariantCulture) ?? "null")));
        }
        else
        {
            AddLink(result, "values", alert.ValueString);
        }

        return result;
    }

    private static void AddLink(Dictionary<string, string> annotations, string name, string? value)
    {
        if (NonEmpty(value) is { } text)
        {
            annotations[name] = text;
        }
    }

    private static string? FirstLabel(Dictionary<string, string> labels, params string[] names) =>
        names.Select(name => NonEmpty(labels.GetValueOrDefault(name))).FirstOrDefault(value => value is not null);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
