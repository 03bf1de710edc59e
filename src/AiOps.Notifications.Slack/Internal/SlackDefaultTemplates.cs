using System.Reflection;
using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Slack.Internal;

/// <summary>The built-in Slack templates, kept as embedded <c>Templates/*.liquid</c> files.</summary>
internal static class SlackDefaultTemplates
{
    private static readonly (string Type, string File)[] Files =
    [
        (NotificationTypes.IncidentDetected, "incident.detected"),
        (NotificationTypes.IncidentDiagnosed, "incident.diagnosed"),
        (NotificationTypes.IncidentEscalated, "incident.escalated"),
        (NotificationTypes.IncidentResolved, "incident.resolved"),
        (NotificationTypes.ReportDigest, "report.digest"),
        (TemplateDefinition.AnyType, "default"),
    ];

    public static IEnumerable<TemplateDefinition> All() =>
        Files.Select(f => new TemplateDefinition(
            SlackChannel.ChannelKind, f.Type, SlackChannel.PayloadPart, Read(f.File), TemplateEncoders.Json));

    private static string Read(string file)
    {
        var assembly = typeof(SlackDefaultTemplates).Assembly;
        var resource = $"{assembly.GetName().Name}.Templates.{file}.liquid";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded template '{resource}' is missing from the package.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
