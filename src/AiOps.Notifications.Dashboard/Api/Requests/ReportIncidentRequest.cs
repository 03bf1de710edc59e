using System.Text.Json.Serialization;

namespace AiOps.Notifications.Dashboard.Api.Requests;

/// <summary>The body of <c>POST /api/incidents</c>: what a source knows about a failure.</summary>
internal sealed class ReportIncidentRequest
{
    /// <summary>Gets or sets a one-line summary. Required, at most 500 characters.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the full message, at most 20,000 characters.</summary>
    public string? Message { get; set; }

    /// <summary>Gets or sets the failing component.</summary>
    public string? Component { get; set; }

    /// <summary>Gets or sets the kind of failure.</summary>
    public string? Category { get; set; }

    /// <summary>Gets or sets where the report comes from; <c>api</c> when not set.</summary>
    public string? Source { get; set; }

    /// <summary>Gets or sets the severity; <c>Error</c> when not set.</summary>
    [JsonConverter(typeof(EnumNameConverter<IncidentLevel>))]
    public IncidentLevel? Level { get; set; }

    /// <summary>Gets or sets the notification priority; it follows the level when not set.</summary>
    [JsonConverter(typeof(EnumNameConverter<NotificationPriority>))]
    public NotificationPriority? Priority { get; set; }

    /// <summary>Gets or sets the fingerprint; computed from component, title and labels when not set.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>Gets or sets the identifying labels.</summary>
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>Gets or sets descriptive annotations.</summary>
    public Dictionary<string, string>? Annotations { get; set; }

    /// <summary>Gets or sets when the failure started.</summary>
    public DateTimeOffset? StartedAt { get; set; }
}
