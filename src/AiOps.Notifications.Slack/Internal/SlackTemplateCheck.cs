using AiOps.Notifications.Templates;
using Microsoft.Extensions.Hosting;

namespace AiOps.Notifications.Slack.Internal;

/// <summary>
/// Renders every Slack template with sample data when the host starts and fails the start on a bad one.
/// </summary>
internal sealed class SlackTemplateCheck(ITemplateRenderer renderer) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = await CheckAsync(renderer, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "The Slack templates are not valid: " + string.Join(" ", problems) +
                " Fix or remove the overriding templates for the 'slack' kind.");
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
            var parts = await renderer.RenderAsync(SlackChannel.ChannelKind, TemplateSampleData.Create(type, "C0123456789"), cancellationToken)
                .ConfigureAwait(false);
            if (Check(parts) is { } problem)
            {
                problems.Add($"'{type}': {problem}");
            }
        }

        return problems;
    }

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
