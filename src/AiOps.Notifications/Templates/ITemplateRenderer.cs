namespace AiOps.Notifications.Templates;

/// <summary>Renders the templates of a channel kind for a notification.</summary>
/// <remarks>Thread safe. Templates are parsed once, when the host starts.</remarks>
public interface ITemplateRenderer
{
    /// <summary>Gets the template parts registered for a channel kind.</summary>
    /// <param name="channelKind">The channel kind.</param>
    /// <returns>The part names.</returns>
    IReadOnlyCollection<string> GetParts(string channelKind);

    /// <summary>Renders every part of a channel kind's template for a notification type.</summary>
    /// <param name="channelKind">The channel kind.</param>
    /// <param name="model">The values the template sees.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rendered parts by part name.</returns>
    ValueTask<IReadOnlyDictionary<string, string>> RenderAsync(
        string channelKind, TemplateModel model, CancellationToken cancellationToken = default);
}
