namespace AiOps.Notifications.Templates;

/// <summary>What a template sees: <c>notification</c>, <c>incident</c>, <c>recipient</c> and <c>links</c>.</summary>
public sealed record TemplateModel
{
    /// <summary>Gets the notification.</summary>
    public required Notification Notification { get; init; }

    /// <summary>Gets the incident, when the notification is about one.</summary>
    public Incident? Incident { get; init; }

    /// <summary>Gets the recipient of this delivery.</summary>
    public string Recipient { get; init; } = "";

    /// <summary>Gets the link to the incident on the dashboard, when a public dashboard URL is configured.</summary>
    public string? IncidentUrl { get; init; }
}
