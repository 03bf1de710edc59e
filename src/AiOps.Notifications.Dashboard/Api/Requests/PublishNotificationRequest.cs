using System.Text.Json.Serialization;

namespace AiOps.Notifications.Dashboard.Api.Requests;

/// <summary>The body of <c>POST /api/notifications</c>: a custom notification.</summary>
internal sealed class PublishNotificationRequest
{
    /// <summary>Gets or sets the type, such as <c>deploy.finished</c>. Required.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets a one-line summary. Required.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the priority; <c>Medium</c> when not set.</summary>
    [JsonConverter(typeof(EnumNameConverter<NotificationPriority>))]
    public NotificationPriority? Priority { get; set; }

    /// <summary>Gets or sets the incident the notification is about.</summary>
    public string? IncidentId { get; set; }

    /// <summary>Gets or sets the routing labels.</summary>
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>Gets or sets extra values for templates.</summary>
    public Dictionary<string, string>? Data { get; set; }

    /// <summary>Gets or sets channel names to use instead of routing.</summary>
    public List<string>? Channels { get; set; }

    /// <summary>Gets or sets recipients per channel name, used with <see cref="Channels"/>.</summary>
    public Dictionary<string, string>? Recipients { get; set; }
}
