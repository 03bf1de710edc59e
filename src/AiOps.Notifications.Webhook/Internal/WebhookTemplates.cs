using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Webhook.Internal;

/// <summary>The built-in webhook template, kept as the embedded <c>Templates/body.liquid</c> file.</summary>
internal static class WebhookTemplates
{
    private static readonly string[] Types =
    [
        NotificationTypes.IncidentDetected,
        NotificationTypes.IncidentDiagnosed,
        NotificationTypes.IncidentEscalated,
        NotificationTypes.IncidentResolved,
        TemplateDefinition.AnyType,
    ];

    public static IEnumerable<TemplateDefinition> All()
    {
        var body = Read("body.liquid");
        return Types.Select(type => new TemplateDefinition(
            WebhookChannel.ChannelKind, type, "body", body, TemplateEncoders.Json));
    }

    private static string Read(string file)
    {
        var name = "AiOps.Notifications.Webhook.Templates." + file;
        using var stream = typeof(WebhookTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded template '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
