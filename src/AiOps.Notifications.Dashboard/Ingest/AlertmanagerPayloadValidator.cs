using System.Globalization;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Checks what JSON types cannot: required fields and known statuses; errors keyed by JSON path.</summary>
internal static class AlertmanagerPayloadValidator
{
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

        if (string.IsNullOrWhiteSpace(alert.Fingerprint))
        {
            errors[path + ".fingerprint"] = ["The 'fingerprint' is required."];
        }

        if (!AlertStatus.IsKnown(alert.Status))
        {
            errors[path + ".status"] = ["The 'status' must be 'firing' or 'resolved'."];
        }
    }

    private static string Path(int index) =>
        "$.alerts[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
