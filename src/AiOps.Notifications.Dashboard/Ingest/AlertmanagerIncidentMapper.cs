namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Turns one Alertmanager alert into an incident report.</summary>
internal static class AlertmanagerIncidentMapper
{
    public const string Source = "alertmanager";

    private const string FingerprintPrefix = "alertmanager:";

    public static string Fingerprint(AlertmanagerAlert alert) => FingerprintPrefix + alert.Fingerprint;

    public static IncidentReport ToReport(AlertmanagerAlert alert)
    {
        var labels = alert.Labels ?? [];
        var annotations = alert.Annotations ?? [];

        return new IncidentReport
        {
            Title = Title(alert, labels, annotations),
            Message = NonEmpty(annotations.GetValueOrDefault("description")),
            Component = FirstLabel(labels, "service", "job", "instance"),
            Source = Source,
            Level = Level(labels.GetValueOrDefault("severity")),
            Fingerprint = Fingerprint(alert),
            Labels = new Dictionary<string, string>(labels, StringComparer.Ordinal),
            Annotations = Annotations(alert, annotations),
            StartedAt = OrNull(alert.StartsAt),
        };
    }

    /// <summary>Maps Alertmanager's zero time (<c>0001-01-01T00:00:00Z</c>, sent for firing alerts) to null.</summary>
    public static DateTimeOffset? OrNull(DateTimeOffset? time) =>
        time is { } value && value.UtcDateTime.Year > 1 ? value : null;

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
        var result = new Dictionary<string, string>(annotations, StringComparer.Ordinal);
        if (NonEmpty(alert.GeneratorUrl) is { } url)
        {
            result["generatorURL"] = url;
        }

        return result;
    }

    private static string? FirstLabel(Dictionary<string, string> labels, params string[] names) =>
        names.Select(name => NonEmpty(labels.GetValueOrDefault(name))).FirstOrDefault(value => value is not null);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
