using System.Globalization;
using AiOps.Notifications.Templates;
using Fluid;

namespace AiOps.Notifications.Slack.Tests.Infrastructure;

/// <summary>Renders templates with Fluid directly, with snake_case names, the way the engine's renderer does.</summary>
internal sealed class LiquidTestRenderer : ITemplateRenderer
{
    private static readonly FluidParser Parser = new();
    private readonly List<TemplateDefinition> _templates;
    private readonly TemplateOptions _options;

    public LiquidTestRenderer(IEnumerable<TemplateDefinition> templates, IEnumerable<TemplateFilterRegistration> filters)
    {
        _templates = templates.ToList();
        var builder = new TemplateOptionsBuilder()
            .WithTimeZone(TimeZoneInfo.Utc)
            .WithCultureInfo(CultureInfo.InvariantCulture);
        foreach (var filter in filters)
        {
            builder.AddFilter(filter.Name, filter.Filter);
        }

        _options = builder.Build();
    }

    public IReadOnlyCollection<string> GetParts(string channelKind) =>
        _templates.Where(t => t.ChannelKind == channelKind).Select(t => t.Part).Distinct().ToList();

    public async ValueTask<IReadOnlyDictionary<string, string>> RenderAsync(
        string channelKind, TemplateModel model, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, string>();
        foreach (var part in GetParts(channelKind))
        {
            var definition = Find(channelKind, model.Notification.Type, part);
            if (!Parser.TryParse(definition.Source, out var template, out var error))
            {
                throw new InvalidOperationException(error);
            }

            var context = new TemplateContext(_options);
            foreach (var (name, value) in LiquidModel.From(model))
            {
                context.SetValue(name, value!);
            }

            result[part] = await template.RenderAsync(context, definition.Encoder);
        }

        return result;
    }

    private TemplateDefinition Find(string kind, string type, string part) =>
        _templates.LastOrDefault(t => t.ChannelKind == kind && t.NotificationType == type && t.Part == part)
        ?? _templates.Last(t => t.ChannelKind == kind && t.NotificationType == TemplateDefinition.AnyType && t.Part == part);
}
