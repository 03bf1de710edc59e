using System.Globalization;
using AiOps.Notifications.Dashboard.Api;
using AiOps.Notifications.Dashboard.Internal;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>
/// Checks what JSON types cannot: required fields, known statuses and sizes; errors keyed by JSON path.
/// </summary>
internal static class AlertmanagerPayloadValidator
{
    private static readonly string ValuesRule = string.Create(CultureInfo.InvariantCulture,
        $"'values' must have at most {ApiValidation.MaxMapEntries} entries with keys of at most "
        + $"{ApiValidation.ShortText} characters.");

    /// <summary>Gets the payload version the source sends: "4" for Alertmanager, "1" for Grafana.</summary>
    public static string? KnownVersion(string source) => source.ToLowerInvariant() switch
    {
        AlertmanagerIncidentMapper.Source => "4",
        AlertmanagerIngestEndpoint.Grafana => "1",
        _ => null,
    };

    /// <param name="payload">The payload as read.</param>
    /// <param name="requiredVersion">The version to insist on, or <see langword="null"/> to read any.</param>
    public static Dictionary<string, string[]> Validate(AlertmanagerPayload? payload, string? requiredVersion = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (payload is null)
        {
            errors["$"] = ["The body must be a JSON object."];
            return errors;
        }

        if (requiredVersion is not null && payload.Version != requiredVersion)
        {
            errors["$.version"] =
                [$"The 'version' must be \"{requiredVersion}\" here, since StrictVersion is on."];
            return errors;
        }

        if (payload.Alerts is null)
        {
            errors["$.alerts"] = ["The 'alerts' array is required."];
            return errors;
        }

        for (var i = 0; i < payload.Alerts.Count; i++)
        {
            ValidateAlert(payload.Alerts[i], Path(i), errors);
        }

        return errors;
    }

    private static void ValidateAlert(AlertmanagerAlert? alert, string path, Dictionary<string, string[]> errors)
    {
        if (alert is null)
        {
            errors[path] = ["An alert must be a JSON object."];
            return;
        }

        foreach (var (field, messages) in Fields(alert).Errors)
        {
            errors[path + "." + field] = messages;
        }
    }

    /// <summary>Required fields, known statuses and the limits the API and the generic webhook apply.</summary>
    /// <remarks>
    /// The Go zero time <c>0001-01-01T00:00:00Z</c> means "not set" (Grafana sends it as <c>endsAt</c> while an
    /// alert fires), so only other times must fall within <see cref="DateBounds"/>. The links may be long:
    /// Prometheus puts the whole query into <c>generatorURL</c>. Annotation values of any length are accepted
    /// and cut by the mapper: a long description is a normal alert.
    /// </remarks>
    private static ApiValidation Fields(AlertmanagerAlert alert) => new ApiValidation()
        .Check(!string.IsNullOrWhiteSpace(alert.Fingerprint), "fingerprint", "The 'fingerprint' is required.")
        .Optional("fingerprint", alert.Fingerprint, ApiValidation.MediumText)
        .Check(AlertStatus.IsKnown(alert.Status), "status", "The 'status' must be 'firing' or 'resolved'.")
        .Map("labels", alert.Labels).Map("annotations", alert.Annotations, maxValue: int.MaxValue)
        .Date("startsAt", AlertmanagerIncidentMapper.OrNull(alert.StartsAt))
        .Date("endsAt", AlertmanagerIncidentMapper.OrNull(alert.EndsAt))
        .Optional("generatorURL", alert.GeneratorUrl, ApiValidation.LongText)
        .Optional("dashboardURL", alert.DashboardUrl, ApiValidation.LongText)
        .Optional("panelURL", alert.PanelUrl, ApiValidation.LongText)
        .Optional("silenceURL", alert.SilenceUrl, ApiValidation.LongText)
        .Optional("imageURL", alert.ImageUrl, ApiValidation.LongText)
        .Optional("valueString", alert.ValueString, ApiValidation.LongText)
        .Check(Fits(alert.Values), "values", ValuesRule);

    private static bool Fits(Dictionary<string, double?>? values) =>
        values is null
        || (values.Count <= ApiValidation.MaxMapEntries
            && values.Keys.All(key => key.Length <= ApiValidation.ShortText));

    private static string Path(int index) =>
        "$.alerts[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
