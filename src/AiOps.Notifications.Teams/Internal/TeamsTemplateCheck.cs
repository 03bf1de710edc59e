using AiOps.Notifications.Templates;
using Microsoft.Extensions.Hosting;

namespace AiOps.Notifications.Teams.Internal;

/// <summary>
/// Renders every Teams template with sample data when the host starts and fails the start on a bad one.
/// </summary>
internal sealed class TeamsTemplateCheck(ITemplateRenderer renderer) : IHostedService
{
    private static readonly (string Part, TeamsMessageFormat Format)[] Formats =
    [
        (TeamsChannel.CardPart, TeamsMessageFormat.AdaptiveCard),
        (TeamsChannel.MessageCardPart, TeamsMessageFormat.MessageCard),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = await CheckAsync(renderer, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "The Teams templates are not valid: " + string.Join(" ", problems) +
                " Fix or remove the overriding templates for the 'teams' kind.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Renders every built-in notification type and lists what is wrong with each result.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(ITemplateRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(renderer);

        var problems = new List<string>();
        foreach (var type in NotificationTypes.BuiltIn)
        {
            var parts = await renderer.RenderAsync(TeamsChannel.ChannelKind, TemplateSampleData.Create(type, "ops-team"), cancellationToken)
                .ConfigureAwait(false);
            if (Check(parts) is { } problem)
            {
                problems.Add($"'{type}': {problem}");
            }
        }

        return problems;
    }

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
