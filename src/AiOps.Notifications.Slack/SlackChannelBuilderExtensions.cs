using AiOps.Notifications.Slack;
using AiOps.Notifications.Slack.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications;

/// <summary>Adds Slack channels to AiOps.Notifications.</summary>
public static class SlackChannelBuilderExtensions
{
    /// <summary>Adds a Slack channel that posts through an incoming webhook or <c>chat.postMessage</c>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The channel name; settings bind from <c>AiOps:Channels:{name}</c>.</param>
    /// <param name="configure">Changes the settings after binding.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// The built-in templates and filters (<c>slack_text</c>, <c>slack_code</c>, <c>slack_date</c>) are added once.
    /// </remarks>
    public static AiOpsNotificationsBuilder AddSlack(
        this AiOpsNotificationsBuilder builder, string name = "slack", Action<SlackChannelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        builder.AddChannelOptions<SlackChannelOptions>(name, configure, path => new SlackChannelOptionsValidator(name, path));
        builder.Services.AddHttpClient(HttpClientName(name)).RemoveAllLoggers();
        builder.AddChannel(name, SlackChannel.ChannelKind, sp => Create(sp, name));
        AddKindServices(builder);
        return builder;
    }

    private static SlackChannel Create(IServiceProvider services, string name) => new(
        name,
        services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName(name)),
        services.GetRequiredService<IOptionsMonitor<SlackChannelOptions>>().Get(name),
        services.GetService<TimeProvider>() ?? TimeProvider.System,
        services.GetService<ILoggerFactory>()?.CreateLogger<SlackChannel>() ?? NullLogger<SlackChannel>.Instance);

    private static void AddKindServices(AiOpsNotificationsBuilder builder)
    {
        if (builder.Services.Any(d => ReferenceEquals(d.ImplementationInstance, SlackTemplateCheck.Definition)))
        {
            return;
        }

        builder.AddTemplateCheck(SlackTemplateCheck.Definition);
        builder.AddTemplateFilter(SlackTemplateFilters.TextFilter, SlackTemplateFilters.TextAsync);
        builder.AddTemplateFilter(SlackTemplateFilters.CodeFilter, SlackTemplateFilters.CodeAsync);
        builder.AddTemplateFilter(SlackTemplateFilters.DateFilter, SlackTemplateFilters.DateAsync);
        foreach (var template in SlackDefaultTemplates.All())
        {
            builder.AddTemplate(template);
        }
    }

    private static string HttpClientName(string name) => "AiOps.Notifications.Slack." + name;
}
