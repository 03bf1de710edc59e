using System.Net;
using AiOps.Notifications.Webhook.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Webhook;

/// <summary>Adds webhook channels to AiOps.Notifications.</summary>
public static class WebhookChannelBuilderExtensions
{
    /// <summary>Adds a channel that posts signed JSON to a URL, with its default template.</summary>
    /// <param name="builder">The builder returned by <c>AddAiOpsNotifications</c>.</param>
    /// <param name="name">The channel name; settings bind from <c>{section}:Channels:{name}</c>.</param>
    /// <param name="configure">Changes the settings after binding, such as the secret from a secret store.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// Calls go through the named <see cref="HttpClient"/> <c>AiOps.Notifications.Webhook.{name}</c>, which does not
    /// follow redirects. Settings are validated when the host starts; each failure names the configuration key.
    /// </remarks>
    public static AiOpsNotificationsBuilder AddWebhook(
        this AiOpsNotificationsBuilder builder,
        string name = "webhook",
        Action<WebhookChannelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        builder.AddChannelOptions<WebhookChannelOptions>(name, configure, path => new WebhookChannelOptionsValidator(name, path));
        AddHttpClient(builder.Services, name);

        builder.AddChannel(name, WebhookChannel.ChannelKind, sp => new WebhookChannel(
            name,
            sp.GetRequiredService<IOptionsMonitor<WebhookChannelOptions>>().Get(name),
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<WebhookChannel>>()));

        foreach (var template in WebhookTemplates.All())
        {
            builder.AddTemplate(template);
        }

        return builder;
    }

    // Redirects are answers, not destinations: following them could carry signed data somewhere unintended.
    // The client's own logs would show the URL, whose path or query may hold a key, four times per call.
    private static void AddHttpClient(IServiceCollection services, string name) =>
        services.AddHttpClient(WebhookChannel.HttpClientName(name), client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
}
