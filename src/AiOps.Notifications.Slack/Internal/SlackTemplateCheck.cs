using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Slack.Internal;

/// <summary>What a rendered Slack template must satisfy; the engine runs it for every built-in type at start-up.</summary>
internal static class SlackTemplateCheck
{
    /// <summary>Gets the check as the engine runs it.</summary>
    public static TemplateCheck Definition { get; } = new(SlackChannel.ChannelKind, "C0123456789", Check);

    /// <summary>Renders every built-in notification type and lists what is wrong with each result.</summary>
    public static Task<IReadOnlyList<string>> CheckAsync(ITemplateRenderer renderer, CancellationToken cancellationToken) =>
        Definition.RunAsync(renderer, cancellationToken);

    /// <summary>Checks one rendered template: it must be a Slack message that needs no shortening.</summary>
    public static string? Check(IReadOnlyDictionary<string, string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);

        if (!parts.TryGetValue(SlackChannel.PayloadPart, out var payload))
        {
            return $"no '{SlackChannel.PayloadPart}' part was rendered.";
        }

        var shaped = SlackPayloadShaper.Shape(payload, SlackLimits.TopLevelText, SlackLimits.BlocksText);
        return shaped.Error ?? (shaped.Shortened ? "the sample message exceeds Block Kit limits." : null);
    }
}
