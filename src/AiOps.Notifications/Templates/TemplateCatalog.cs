using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Templates;

/// <summary>Every template source in force: built-in definitions, then configured and file overrides on top.</summary>
internal sealed class TemplateCatalog
{
    private const string FileExtension = ".liquid";

    public TemplateCatalog(IEnumerable<TemplateDefinition> definitions, IOptions<AiOpsNotificationsOptions> options)
    {
        var byKey = new Dictionary<TemplateKey, TemplateDefinition>();
        foreach (var definition in definitions)
        {
            byKey[TemplateKey.Of(definition)] = definition;
        }

        var settings = options.Value;
        foreach (var (key, source) in settings.Templates)
        {
            Override(byKey, ParseSettingKey(key), source, $"AiOps:Templates:{key}");
        }

        if (!string.IsNullOrWhiteSpace(settings.TemplateDirectory))
        {
            LoadDirectory(byKey, settings.TemplateDirectory);
        }

        Definitions = [.. byKey.Values];
    }

    public IReadOnlyList<TemplateDefinition> Definitions { get; }

    private static void LoadDirectory(Dictionary<TemplateKey, TemplateDefinition> byKey, string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new OptionsValidationException(
                "AiOps:TemplateDirectory",
                typeof(AiOpsNotificationsOptions),
                [$"AiOps:TemplateDirectory '{directory}' does not exist. Create it or remove the setting."]);
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*" + FileExtension))
        {
            var name = Path.GetFileName(path)[..^FileExtension.Length];
            var kindEnd = name.IndexOf('.', StringComparison.Ordinal);
            var partStart = name.LastIndexOf('.');
            if (kindEnd <= 0 || partStart <= kindEnd)
            {
                throw new InvalidOperationException(
                    $"Template file '{path}' must be named kind.type.part{FileExtension}, " +
                    $"such as email.incident.detected.subject{FileExtension}.");
            }

            var key = new TemplateKey(name[..kindEnd], name[(kindEnd + 1)..partStart], name[(partStart + 1)..]);
            Override(byKey, key, File.ReadAllText(path), path);
        }
    }

    private static TemplateKey ParseSettingKey(string key)
    {
        var parts = key.Split('/');
        return parts.Length == 3 && parts.All(part => part.Length > 0)
            ? new TemplateKey(parts[0], parts[1], parts[2])
            : throw new OptionsValidationException(
                "AiOps:Templates",
                typeof(AiOpsNotificationsOptions),
                [$"AiOps:Templates key '{key}' must read kind/type/part, such as email/incident.detected/subject."]);
    }

    private static void Override(
        Dictionary<TemplateKey, TemplateDefinition> byKey, TemplateKey key, string source, string origin)
    {
        // An override keeps the escaping of the built-in part it replaces.
        var builtIn = byKey.Values.FirstOrDefault(definition =>
            string.Equals(definition.ChannelKind, key.Kind, StringComparison.OrdinalIgnoreCase)
            && string.Equals(definition.Part, key.Part, StringComparison.OrdinalIgnoreCase));
        if (builtIn is null)
        {
            throw new InvalidOperationException(
                $"Template '{origin}' names part '{key.Part.ToLowerInvariant()}' of channel kind " +
                $"'{key.Kind.ToLowerInvariant()}', which no channel defines. Check the spelling, or add the " +
                "channel first.");
        }

        byKey[key] = builtIn with { NotificationType = key.Type, Source = source };
    }
}
