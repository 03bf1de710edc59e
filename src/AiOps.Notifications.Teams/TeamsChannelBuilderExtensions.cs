using AiOps.Notifications.Teams;
using AiOps.Notifications.Teams.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications;

/// <summary>Adds Teams channels to AiOps.Notifications.</summary>
public static class TeamsChannelBuilderExtensions
{
    /// <summary>Adds a Microsoft Teams channel that posts to a Workflows webhook or a legacy connector.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The channel name; settings bind from <c>AiOps:Channels:{name}</c>.</param>
    /// <param name="configure">Changes the settings after binding.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// The built-in templates and filters (<c>teams_text</c>, <c>teams_style</c>, <c>teams_color</c>) are added once.
    /// </remarks>
    public static AiOpsNotificationsBuilder AddTeams(
        this AiOpsNotificationsBuilder builder, string name = "teams", Action<TeamsChannelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        builder.AddChannelOptions<TeamsChannelOptions>(name, configure, path => new TeamsChannelOptionsValidator(name, path));
        builder.Services.AddHttpClient(HttpClientName(name)).RemoveAllLoggers();
        builder.AddChannel(name, TeamsChannel.ChannelKind, sp => Create(sp, name));
        AddKindServices(builder);
        return builder;
    }

    private static TeamsChannel Create(IServiceProvider services, string name) => new(
        name,
        services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName(name)),
        services.GetRequiredService<IOptionsMonitor<TeamsChannelOptions>>().Get(name),
        services.GetService<TimeProvider>() ?? TimeProvider.System,
        services.GetService<ILoggerFactory>()?.CreateLogger<TeamsChannel>() ?? NullLogger<TeamsChannel>.Instance);

    private static void AddKindServices(AiOpsNotificationsBuilder builder)
    {
        if (builder.Services.Any(d => ReferenceEquals(d.ImplementationInstance, TeamsTemplateCheck.Definition)))
        {
            return;
        }

        builder.AddTemplateCheck(TeamsTemplateCheck.Definition);
        builder.AddTemplateFilter(TeamsTemplateFilters.TextFilter, TeamsTemplateFilters.TextAsync);
        builder.AddTemplateFilter(TeamsTemplateFilters.StyleFilter, TeamsTemplateFilters.StyleAsync);
        builder.AddTemplateFilter(TeamsTemplateFilters.ColorFilter, TeamsTemplateFilters.ColorAsync);
        foreach (var template in TeamsDefaultTemplates.All())
        {
            builder.AddTemplate(template);
        }
    }

    private static string HttpClientName(string name) => "AiOps.Notifications.Teams." + name;
}
