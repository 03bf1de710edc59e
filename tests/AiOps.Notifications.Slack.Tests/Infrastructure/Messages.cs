using AiOps.Notifications.Channels;
using AiOps.Notifications.Slack.Internal;
using AiOps.Notifications.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Slack.Tests.Infrastructure;

/// <summary>Builds channel messages rendered by the engine's renderer with the default Slack templates.</summary>
internal static class Messages
{
    private static readonly Lazy<ITemplateRenderer> LazyRenderer = new(CreateRenderer);

    public static ITemplateRenderer Renderer => LazyRenderer.Value;

    public static async Task<ChannelMessage> RenderAsync(TemplateModel model, string recipient = "")
    {
        var content = await Renderer.RenderAsync(SlackChannel.ChannelKind, model);
        return Create(model.Notification, model.Incident, content, recipient);
    }

    public static ChannelMessage WithPayload(string payload, string recipient = "")
    {
        var model = TemplateSampleData.Create(NotificationTypes.IncidentDetected, "C0123456789");
        return Create(model.Notification, model.Incident, new Dictionary<string, string> { ["payload"] = payload }, recipient);
    }

    private static ITemplateRenderer CreateRenderer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddAiOpsNotifications().AddSlack(configure: o => o.WebhookUrl = new Uri("http://127.0.0.1:1/hook"));
        return services.BuildServiceProvider().GetRequiredService<ITemplateRenderer>();
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
