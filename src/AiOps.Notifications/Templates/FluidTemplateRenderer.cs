using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;

namespace AiOps.Notifications.Templates;

/// <summary>
/// Renders templates with Fluid; every template is parsed once, in the constructor, so a bad one stops
/// start-up.
/// </summary>
internal sealed class FluidTemplateRenderer : ITemplateRenderer
{
    private readonly Dictionary<TemplateKey, ParsedTemplate> _templates = [];
    private readonly Dictionary<string, string[]> _partsByKind = new(StringComparer.OrdinalIgnoreCase);
    private readonly TemplateOptions _options;

    public FluidTemplateRenderer(
        TemplateCatalog catalog, IEnumerable<TemplateFilterRegistration> filters, TimeProvider timeProvider)
    {
        var builder = new TemplateOptionsBuilder()
            .WithCultureInfo(CultureInfo.InvariantCulture)
            .WithTimeZone(TimeZoneInfo.Utc)
            .WithNow(timeProvider.GetUtcNow)
            .WithMaxSteps(100_000);
        foreach (var filter in filters)
        {
            builder.AddFilter(filter.Name, filter.Filter);
        }

        _options = builder.Build();
        Parse(catalog.Definitions);
    }

    public int Count => _templates.Count;

    public IReadOnlyCollection<string> GetParts(string channelKind) =>
        _partsByKind.TryGetValue(channelKind, out var parts) ? parts : [];

    public async ValueTask<IReadOnlyDictionary<string, string>> RenderAsync(
        string channelKind, TemplateModel model, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelKind);
        ArgumentNullException.ThrowIfNull(model);

        var context = CreateContext(model);
        var type = model.Notification.Type;
        var parts = _partsByKind.GetValueOrDefault(channelKind, []);
        var texts = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var template = Find(channelKind, type, parts[i])
                ?? throw new InvalidOperationException(
                    $"Channel kind '{channelKind}' has no template for part '{parts[i]}' of type '{type}' " +
                    $"and no fallback ('{TemplateDefinition.AnyType}').");
            texts[i] = await template.Template.RenderAsync(context, template.Encoder).ConfigureAwait(false);
        }

        return new RenderedParts(parts, texts);
    }

    private ParsedTemplate? Find(string kind, string type, string part) =>
        _templates.GetValueOrDefault(new TemplateKey(kind, type, part))
        ?? _templates.GetValueOrDefault(new TemplateKey(kind, TemplateDefinition.AnyType, part));

    private TemplateContext CreateContext(TemplateModel model)
    {
        var context = new TemplateContext(_options);
        context.SetValue("notification", TemplateModelValues.Of(model.Notification));
        context.SetValue("recipient", model.Recipient);

        // Unset values render as nil, so templates can test them with {% if %}.
        if (model.Incident is not null)
        {
            context.SetValue("incident", TemplateModelValues.Of(model.Incident));
        }

        if (model.IncidentUrl is not null)
        {
            context.SetValue("incident_url", model.IncidentUrl);
        }
        return context;
    }

    private void Parse(IReadOnlyList<TemplateDefinition> definitions)
    {
        var parser = new FluidParser();
        var errors = new List<string>();
        foreach (var definition in definitions)
        {
            var key = TemplateKey.Of(definition);
            if (parser.TryParse(definition.Source, out var template, out var error))
            {
                _templates[key] = new ParsedTemplate(template, definition.Encoder);
                continue;
            }

            errors.Add($"Template {key} does not parse: {error}");
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
        }

        foreach (var kind in definitions.GroupBy(definition => definition.ChannelKind, StringComparer.OrdinalIgnoreCase))
        {
            _partsByKind[kind.Key] = [.. kind.Select(d => d.Part).Distinct(StringComparer.OrdinalIgnoreCase)];
        }
    }

    private sealed record ParsedTemplate(IFluidTemplate Template, TextEncoder Encoder);
}
