using AiOps.Notifications.Dashboard.Api;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Checks a generic event: required fields per status, lengths, and a known level.</summary>
internal static class GenericEventValidator
{
    public static ApiValidation Validate(GenericEvent? item)
    {
        var validation = new ApiValidation();
        if (item is null)
        {
            return validation.Add("$", "The body must be a JSON object.");
        }

        var resolved = AlertStatus.IsResolved(item.Status);
        validation.Required("source", item.Source).Optional("id", item.Id, ApiValidation.MediumText)
            .Check(item.Status is null || AlertStatus.IsKnown(item.Status), "status",
                "'status' must be 'firing' or 'resolved'.")
            .Optional("message", item.Message, ApiValidation.LongText)
            .Optional("component", item.Component).Optional("category", item.Category)
            .Check(item.Level is null || ParseLevel(item.Level) is not null, "level",
                "'level' must be one of: Info, Warning, Error, Critical.")
            .Map("labels", item.Labels).Map("annotations", item.Annotations).Date("startedAt", item.StartedAt);
        if (resolved)
        {
            validation.Required("fingerprint", item.Fingerprint, ApiValidation.MediumText)
                .Optional("title", item.Title, ApiValidation.MediumText);
        }
        else
        {
            validation.Required("title", item.Title, ApiValidation.MediumText)
                .Optional("fingerprint", item.Fingerprint, ApiValidation.MediumText);
        }

        return validation;
    }

    public static IncidentLevel? ParseLevel(string? level) =>
        level is not null && !int.TryParse(level, out _)
            && Enum.TryParse<IncidentLevel>(level, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;
}
