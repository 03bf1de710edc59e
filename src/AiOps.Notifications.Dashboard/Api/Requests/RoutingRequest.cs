using System.Text.Json.Serialization;

namespace AiOps.Notifications.Dashboard.Api.Requests;

/// <summary>The body of <c>POST /api/routing/explain</c>: what routing looks at.</summary>
internal sealed class RoutingRequest
{
    /// <summary>Gets or sets the notification type. Required.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the priority; <c>Medium</c> when not set.</summary>
    [JsonConverter(typeof(EnumNameConverter<NotificationPriority>))]
    public NotificationPriority? Priority { get; set; }

    /// <summary>Gets or sets the component.</summary>
    public string? Component { get; set; }

    /// <summary>Gets or sets the category.</summary>
    public string? Category { get; set; }

    /// <summary>Gets or sets the labels.</summary>
    public Dictionary<string, string>? Labels { get; set; }
}
