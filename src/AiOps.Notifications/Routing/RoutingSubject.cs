namespace AiOps.Notifications.Routing;

/// <summary>
/// What routing looks at: the notification's type and priority, and its incident's component, category
/// and labels.
/// </summary>
/// <param name="Type">The notification type.</param>
/// <param name="Priority">The priority.</param>
/// <param name="Component">The component, if any.</param>
/// <param name="Category">The category, if any.</param>
/// <param name="Labels">The labels.</param>
public sealed record RoutingSubject(
    string Type,
    NotificationPriority Priority,
    string? Component,
    string? Category,
    IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>Reads a field or label by name, as matchers see it.</summary>
    /// <param name="name">The field or label name.</param>
    /// <returns>The value, or <see langword="null"/> when missing.</returns>
    public string? Read(string name) => name switch
    {
        "type" => Type,
        "priority" => Priority.ToString(),
        "component" => Component,
        "category" => Category,
        _ => Labels.GetValueOrDefault(name),
    };
}
