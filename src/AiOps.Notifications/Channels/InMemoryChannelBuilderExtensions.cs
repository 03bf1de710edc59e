using AiOps.Notifications.Channels;
using AiOps.Notifications.Templates;

namespace AiOps.Notifications;

/// <summary>Adds an <see cref="InMemoryChannel"/>.</summary>
public static class InMemoryChannelBuilderExtensions
{
    /// <summary>The default template of the in-memory channel's <c>text</c> part.</summary>
    public const string DefaultTemplate =
        "[{{ notification.priority }}] {{ notification.type }}: {{ notification.title }}" +
        "{% if incident %} ({{ incident.status }}, seen {{ incident.occurrence_count }}x){% endif %}";

    /// <summary>Adds an in-memory channel, with a plain-text template for every notification type.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="channel">The channel instance, so the caller can read its messages.</param>
    /// <returns>The builder.</returns>
    public static AiOpsNotificationsBuilder AddInMemoryChannel(this AiOpsNotificationsBuilder builder, InMemoryChannel channel)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(channel);

        return builder
            .AddChannel(channel.Name, InMemoryChannel.ChannelKind, _ => channel)
            .AddTemplate(new TemplateDefinition(
                InMemoryChannel.ChannelKind, TemplateDefinition.AnyType, "text", DefaultTemplate, TemplateEncoders.PlainText));
    }
}
