namespace AiOps.Notifications.Channels;

/// <summary>One delivery handed to a channel: the notification, its incident and the rendered template parts.</summary>
public sealed record ChannelMessage
{
    /// <summary>Gets the delivery; its <see cref="Delivery.Id"/> is the stable idempotency key.</summary>
    public required Delivery Delivery { get; init; }

    /// <summary>Gets the notification.</summary>
    public required Notification Notification { get; init; }

    /// <summary>Gets the incident, when the notification is about one.</summary>
    public Incident? Incident { get; init; }

    /// <summary>Gets the rendered template parts by part name, such as <c>subject</c> and <c>html</c>.</summary>
    public required IReadOnlyDictionary<string, string> Content { get; init; }

    /// <summary>Gets the number of this attempt, starting at 1.</summary>
    public int AttemptNumber { get; init; } = 1;

    /// <summary>Gets a rendered part.</summary>
    /// <param name="part">The part name.</param>
    /// <returns>The rendered text.</returns>
    /// <exception cref="InvalidOperationException">No template produced that part.</exception>
    public string GetContent(string part) =>
        Content.TryGetValue(part, out var text)
            ? text
            : throw new InvalidOperationException(
                $"No template part '{part}' was rendered for channel '{Delivery.Channel}'. " +
                "Register a template for it or check the channel's template names.");
}
