using AiOps.Notifications.Email.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Email;

/// <summary>Adds e-mail channels to AiOps.Notifications.</summary>
public static class EmailChannelBuilderExtensions
{
    /// <summary>Adds an e-mail channel that sends through an SMTP server, with its default templates.</summary>
    /// <param name="builder">The builder returned by <c>AddAiOpsNotifications</c>.</param>
    /// <param name="name">The channel name; settings bind from <c>{section}:Channels:{name}</c>.</param>
    /// <param name="configure">Changes the settings after binding, such as the password from a secret store.</param>
    /// <returns>The builder.</returns>
    /// <remarks>Settings are validated when the host starts; each failure names the configuration key.</remarks>
    public static AiOpsNotificationsBuilder AddEmail(
        this AiOpsNotificationsBuilder builder, string name = "email", Action<EmailChannelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        builder.AddChannelOptions<EmailChannelOptions>(name, configure, path => new EmailChannelOptionsValidator(name, path));

        builder.AddChannel(name, EmailChannel.ChannelKind, sp => new EmailChannel(
            name,
            sp.GetRequiredService<IOptionsMonitor<EmailChannelOptions>>().Get(name),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<EmailChannel>>()));

        foreach (var template in EmailTemplates.All())
        {
            builder.AddTemplate(template);
        }

        return builder;
    }
}
