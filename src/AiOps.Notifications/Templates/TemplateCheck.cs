namespace AiOps.Notifications.Templates;

/// <summary>Checks what a channel kind's templates render, so a bad template override stops start-up.</summary>
/// <param name="ChannelKind">The channel kind whose templates are checked.</param>
/// <param name="SampleRecipient">The recipient the sample data carries, in the channel's terms.</param>
/// <param name="Check">Returns what is wrong with the rendered parts, or <see langword="null"/> when they are fine.</param>
public sealed record TemplateCheck(
    string ChannelKind, string SampleRecipient, Func<IReadOnlyDictionary<string, string>, string?> Check)
{
    /// <summary>Renders every built-in notification type with sample data and lists what the check finds.</summary>
    /// <param name="renderer">The renderer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One line per failing type; empty when every type passes.</returns>
    public async Task<IReadOnlyList<string>> RunAsync(ITemplateRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(renderer);

        var problems = new List<string>();
        foreach (var type in NotificationTypes.BuiltIn)
        {
            var model = TemplateSampleData.Create(type, SampleRecipient);
            var parts = await renderer.RenderAsync(ChannelKind, model, cancellationToken).ConfigureAwait(false);
            if (Check(parts) is { } problem)
            {
                problems.Add($"'{type}': {problem}");
            }
        }

        return problems;
    }
}
