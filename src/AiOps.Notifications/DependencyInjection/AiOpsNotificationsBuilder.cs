using System.Diagnostics.CodeAnalysis;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Health;
using AiOps.Notifications.Internal;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications;

/// <summary>
/// Configures AiOps.Notifications: channels, templates and the store. Returned by
/// <c>AddAiOpsNotifications</c>.
/// </summary>
public sealed class AiOpsNotificationsBuilder
{
    /// <summary>
    /// The sub-section of <see cref="ConfigurationSectionPath"/> under which channels bind their
    /// settings, by channel name.
    /// </summary>
    public const string ChannelsSection = "Channels";

    /// <summary>The tag of every channel health check, for filtering them in a health endpoint.</summary>
    public const string HealthCheckTag = "aiops";

    /// <summary>The prefix of channel health check names; the channel name follows.</summary>
    public const string HealthCheckPrefix = "aiops-channel-";

    private readonly HashSet<string> _channelNames = new(StringComparer.OrdinalIgnoreCase);

    internal AiOpsNotificationsBuilder(IServiceCollection services, string configurationSectionPath)
    {
        Services = services;
        ConfigurationSectionPath = configurationSectionPath;
    }

    /// <summary>Gets the service collection the library registers into.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the configuration section that options bind from.</summary>
    /// <value>Defaults to <c>AiOps</c>.</value>
    public string ConfigurationSectionPath { get; }

    /// <summary>Adds a channel. Channel packages call this from their own <c>AddXxx</c> method.</summary>
    /// <param name="name">The channel name, unique in the host.</param>
    /// <param name="kind">The channel kind, which selects its templates.</param>
    /// <param name="factory">Creates the channel once, on first use.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">A channel with the same name was already added.</exception>
    public AiOpsNotificationsBuilder AddChannel(
        string name, string kind, Func<IServiceProvider, INotificationChannel> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(factory);

        if (!_channelNames.Add(name))
        {
            throw new ArgumentException(
                $"A channel named '{name}' is already added. Give each channel instance its own name.", nameof(name));
        }

        Services.AddSingleton(new ChannelRegistration(name, kind, factory));
        Services.AddHealthChecks().AddTypeActivatedCheck<ChannelHealthCheck>(
            HealthCheckPrefix + name, failureStatus: null, tags: [HealthCheckTag], args: name);
        return this;
    }

    /// <summary>
    /// Claims a sub-section of <see cref="ConfigurationSectionPath"/>, such as <c>Sqlite</c>, that a
    /// package binds itself.
    /// </summary>
    /// <remarks>The engine rejects unknown keys in its section at start-up; claimed sub-sections are left to their owner.</remarks>
    /// <param name="name">The sub-section name.</param>
    /// <returns>The builder.</returns>
    public AiOpsNotificationsBuilder ReserveConfigurationSection(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        Services.AddSingleton(new ReservedConfigurationSection(name));
        return this;
    }

    /// <summary>
    /// Claims a sub-section of <see cref="ConfigurationSectionPath"/>, such as <c>Sqlite</c>, and binds a
    /// package's settings from it strictly.
    /// </summary>
    /// <remarks>
    /// A key that names no setting fails start-up with its full path and the settings that exist there, such as
    /// <c>AiOps:Sqlite:DatabasPath is not a setting; use DatabasePath, ...</c>.
    /// </remarks>
    /// <typeparam name="TOptions">The package's settings.</typeparam>
    /// <param name="name">The sub-section name.</param>
    /// <returns>The options builder, to add validation and changes after binding.</returns>
    public OptionsBuilder<TOptions> AddSectionOptions<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TOptions>(string name)
        where TOptions : class
    {
        ReserveConfigurationSection(name);
        return Services.AddOptions<TOptions>().BindStrictly($"{ConfigurationSectionPath}:{name}");
    }

    /// <summary>Binds a channel's named settings from <c>{section}:Channels:{name}</c> and checks them at start-up.</summary>
    /// <remarks>Unknown keys fail start-up; <paramref name="configure"/> runs after binding.</remarks>
    /// <typeparam name="TOptions">The channel's settings.</typeparam>
    /// <param name="name">The channel name, also the options name.</param>
    /// <param name="configure">Changes the settings after binding.</param>
    /// <param name="createValidator">Creates the validator from the configuration path, so messages can name settings.</param>
    /// <returns>The configuration path, such as <c>AiOps:Channels:email</c>.</returns>
    public string AddChannelOptions<TOptions>(
        string name, Action<TOptions>? configure, Func<string, IValidateOptions<TOptions>> createValidator)
        where TOptions : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(createValidator);

        var path = $"{ConfigurationSectionPath}:{ChannelsSection}:{name}";
        var options = Services.AddOptions<TOptions>(name).BindStrictly(path);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        Services.AddSingleton(createValidator(path));
        return path;
    }

    /// <summary>Adds a template. A later template for the same kind, type and part replaces an earlier one.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The builder.</returns>
    public AiOpsNotificationsBuilder AddTemplate(TemplateDefinition template)
    {
        ArgumentNullException.ThrowIfNull(template);

        Services.AddSingleton(template);
        return this;
    }

    /// <summary>Adds a check that a channel kind's templates render valid messages; a failing check stops start-up.</summary>
    /// <remarks>One check per kind: a second one for the same kind is ignored.</remarks>
    /// <param name="check">The check.</param>
    /// <returns>The builder.</returns>
    public AiOpsNotificationsBuilder AddTemplateCheck(TemplateCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);

        if (!Services.Any(service => service.ImplementationInstance is TemplateCheck added
            && string.Equals(added.ChannelKind, check.ChannelKind, StringComparison.OrdinalIgnoreCase)))
        {
            Services.AddSingleton(check);
        }

        return this;
    }

    /// <summary>Adds a Liquid filter that every template can use.</summary>
    /// <param name="name">The filter name.</param>
    /// <param name="filter">The filter.</param>
    /// <returns>The builder.</returns>
    public AiOpsNotificationsBuilder AddTemplateFilter(string name, Fluid.FilterDelegate filter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(filter);

        Services.AddSingleton(new TemplateFilterRegistration(name, filter));
        return this;
    }

    /// <summary>Uses a store other than the default in-memory one.</summary>
    /// <param name="factory">Creates the store.</param>
    /// <returns>The builder.</returns>
    public AiOpsNotificationsBuilder UseStore(Func<IServiceProvider, INotificationStore> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);

        Services.RemoveAll<INotificationStore>();
        Services.AddSingleton(factory);
        return this;
    }
}
