namespace AiOps.Notifications.Templates;

internal readonly record struct TemplateKey
{
    public TemplateKey(string kind, string type, string part)
    {
        Kind = kind.ToUpperInvariant();
        Type = type.ToUpperInvariant();
        Part = part.ToUpperInvariant();
    }

    public string Kind { get; }

    public string Type { get; }

    public string Part { get; }

    public static TemplateKey Of(TemplateDefinition definition) =>
        new(definition.ChannelKind, definition.NotificationType, definition.Part);

    public override string ToString() => $"{Kind}/{Type}/{Part}".ToLowerInvariant();
}
