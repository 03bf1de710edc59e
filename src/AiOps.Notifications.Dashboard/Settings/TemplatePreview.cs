namespace AiOps.Notifications.Dashboard.Settings;

/// <summary>A template rendered with sample data for one channel kind and notification type.</summary>
/// <param name="Kind">The channel kind.</param>
/// <param name="Type">The notification type.</param>
/// <param name="Parts">The rendered parts by part name; empty when rendering failed.</param>
/// <param name="Error">Why rendering failed, or null.</param>
internal sealed record TemplatePreview(
    string Kind, string Type, IReadOnlyDictionary<string, string> Parts, string? Error);
