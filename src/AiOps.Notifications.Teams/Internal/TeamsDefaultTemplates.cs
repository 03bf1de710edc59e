using System.Reflection;
using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Teams.Internal;

/// <summary>
/// The built-in Teams templates, kept as embedded <c>Templates/*.liquid</c> files: one Adaptive Card per type, one MessageCard for all.
/// </summary>
internal static class TeamsDefaultTemplates
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
            TeamsChannel.ChannelKind, f.Type, TeamsChannel.CardPart, Read("card." + f.File), TemplateEncoders.Json))
        .Append(new TemplateDefinition(
            TeamsChannel.ChannelKind,
            TemplateDefinition.AnyType,
            TeamsChannel.MessageCardPart,
            Read("messagecard.default"),
            TemplateEncoders.Json));

    private static string Read(string file)
    {
        var assembly = typeof(TeamsDefaultTemplates).Assembly;
        var resource = $"{assembly.GetName().Name}.Templates.{file}.liquid";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded template '{resource}' is missing from the package.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
