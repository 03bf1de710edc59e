using System.Text.Encodings.Web;

namespace AiOps.Notifications.Templates;

/// <summary>A Liquid template for one part of one notification type on one kind of channel.</summary>
/// <param name="ChannelKind">The channel kind, such as <c>email</c>.</param>
/// <param name="NotificationType">The notification type, or <see cref="AnyType"/> for the kind's fallback.</param>
/// <param name="Part">The part, such as <c>subject</c>, <c>html</c> or <c>body</c>.</param>
/// <param name="Source">The Liquid source.</param>
/// <param name="Encoder">Escapes every <c>{{ value }}</c> for the target medium; see <see cref="TemplateEncoders"/>.</param>
public sealed record TemplateDefinition(
    string ChannelKind, string NotificationType, string Part, string Source, TextEncoder Encoder)
{
    /// <summary>The notification type of a fallback template, used when a type has no template of its own.</summary>
    public const string AnyType = "*";
}
