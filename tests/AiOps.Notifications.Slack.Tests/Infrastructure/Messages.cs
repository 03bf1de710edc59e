using AiOps.Notifications.Channels;
using AiOps.Notifications.Slack.Internal;
using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Slack.Tests.Infrastructure;

/// <summary>Builds channel messages rendered with the default Slack templates.</summary>
internal static class Messages
{
    public static LiquidTestRenderer Renderer { get; } = new(
        SlackDefaultTemplates.All(),
        [
            new TemplateFilterRegistration(SlackTemplateFilters.TextFilter, SlackTemplateFilters.TextAsync),
            new TemplateFilterRegistration(SlackTemplateFilters.CodeFilter, SlackTemplateFilters.CodeAsync),
            new TemplateFilterRegistration(SlackTemplateFilters.DateFilter, SlackTemplateFilters.DateAsync),
        ]);

    public static async Task<ChannelMessage> RenderAsync(TemplateModel model, string recipient = "")
    {
        var content = await Renderer.RenderAsync(SlackChannel.ChannelKind, model);
        return Create(model.Notification, model.Incident, content, recipient);
    }

    public static ChannelMessage WithPayload(string payload, string recipient = "")
    {
        var model = SlackSampleData.Create(NotificationTypes.IncidentDetected);
        return Create(model.Notification, model.Incident, new Dictionary<string, string> { ["payload"] = payload }, recipient);
    }

    private static ChannelMessage Create(
        Notification notification, Incident? incident, IReadOnlyDictionary<string, string> content, string recipient) => new()
    {
        Delivery = new Delivery
        {
            Id = "dlv-0001",
            NotificationId = notification.Id,
            IncidentId = incident?.Id,
            Channel = "slack",
            Recipient = recipient,
        },
        Notification = notification,
        Incident = incident,
        Content = content,
    };
}
