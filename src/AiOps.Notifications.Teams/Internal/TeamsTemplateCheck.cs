using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Teams.Internal;

/// <summary>What a rendered Teams template must satisfy; the engine runs it for every built-in type at start-up.</summary>
internal static class TeamsTemplateCheck
{
    private static readonly (string Part, TeamsMessageFormat Format)[] Formats =
    [
        (TeamsChannel.CardPart, TeamsMessageFormat.AdaptiveCard),
        (TeamsChannel.MessageCardPart, TeamsMessageFormat.MessageCard),
    ];

    /// <summary>Gets the check as the engine runs it.</summary>
    public static TemplateCheck Definition { get; } = new(TeamsChannel.ChannelKind, "ops-team", Check);

    /// <summary>Renders every built-in notification type and lists what is wrong with each result.</summary>
    public static Task<IReadOnlyList<string>> CheckAsync(ITemplateRenderer renderer, CancellationToken cancellationToken) =>
        Definition.RunAsync(renderer, cancellationToken);

    /// <summary>Checks one rendered template: both parts must build bodies that need no shortening.</summary>
    public static string? Check(IReadOnlyDictionary<string, string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);

        foreach (var (part, format) in Formats)
        {
            if (!parts.TryGetValue(part, out var rendered))
            {
                return $"no '{part}' part was rendered.";
            }

            var body = TeamsPayloadBuilder.Build(rendered, new TeamsChannelOptions { Format = format });
            if (body.Error is not null || body.Shortened)
            {
                return $"part '{part}': " + (body.Error ?? "the sample card exceeds the size cap.");
            }
        }

        return null;
    }
}
