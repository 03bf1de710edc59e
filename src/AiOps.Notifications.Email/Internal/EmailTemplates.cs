using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Email.Internal;

/// <summary>The built-in e-mail templates, kept as embedded <c>Templates/*.liquid</c> files.</summary>
internal static class EmailTemplates
{
    private static readonly string[] Types =
    [
        NotificationTypes.IncidentDetected,
        NotificationTypes.IncidentDiagnosed,
        NotificationTypes.IncidentEscalated,
        NotificationTypes.IncidentResolved,
        NotificationTypes.ReportDigest,
        TemplateDefinition.AnyType,
    ];

    public static IEnumerable<TemplateDefinition> All()
    {
        var html = Read("html.liquid");
        var text = Read("text.liquid");
        foreach (var type in Types)
        {
            var subjectFile = type == TemplateDefinition.AnyType ? "subject.default.liquid" : $"subject.{type}.liquid";
            yield return new(EmailChannel.ChannelKind, type, "subject", Read(subjectFile), TemplateEncoders.PlainText);
            yield return new(EmailChannel.ChannelKind, type, "html", html, TemplateEncoders.Html);
            yield return new(EmailChannel.ChannelKind, type, "text", text, TemplateEncoders.PlainText);
        }
    }

    private static string Read(string file)
    {
        var name = "AiOps.Notifications.Email.Templates." + file;
        using var stream = typeof(EmailTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded template '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
