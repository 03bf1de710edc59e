using AiOps.Notifications.Internal;
using AiOps.Notifications.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications;

/// <summary>Adds scheduled digests: the operations report sent on a cron schedule as <c>report.digest</c>.</summary>
public static class DigestBuilderExtensions
{
    /// <summary>The sub-section of the <c>AiOps</c> section that lists the digests.</summary>
    public const string ConfigurationSection = "Digests";

    /// <summary>Adds the digest scheduler, with digests from <c>AiOps:Digests</c> and from <paramref name="configure"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Adds or changes digests after they are bound.</param>
    /// <returns>The builder.</returns>
    public static AiOpsNotificationsBuilder AddDigests(
        this AiOpsNotificationsBuilder builder, Action<DigestSettings>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ReserveConfigurationSection(ConfigurationSection);
        var path = $"{builder.ConfigurationSectionPath}:{ConfigurationSection}";
        var options = builder.Services.AddOptions<DigestSettings>().Configure<IServiceProvider>((settings, services) =>
        {
            if (services.GetService<IConfiguration>()?.GetSection(path) is { } section)
            {
                SettingsCheck.ThrowIfAny(section, typeof(IList<DigestOptions>));
                section.Bind(settings.Digests, o => o.ErrorOnUnknownConfiguration = true);
            }
        });
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(s => s.Digests.All(IsValid), $"Every entry of {path} needs a Name, a valid Cron and a known TimeZone.")
            .ValidateOnStart();
        builder.Services.AddHostedService<DigestScheduler>();
        return builder;
    }

    private static bool IsValid(DigestOptions digest)
    {
        try
        {
            _ = new DigestSchedule(digest);
            return !string.IsNullOrWhiteSpace(digest.Name) && digest.Period > TimeSpan.Zero;
        }
        catch (Exception exception) when (exception is FormatException or TimeZoneNotFoundException
            or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }
}
