using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Internal;

/// <summary>
/// Binds the engine settings strictly: an unknown key fails start-up, named by its full path, except in
/// sections other packages own.
/// </summary>
internal static class OptionsBinding
{
    public static void Bind(AiOpsNotificationsOptions options, IServiceProvider services, string sectionPath)
    {
        var configuration = services.GetService<IConfiguration>();
        if (configuration is null)
        {
            return;
        }

        var reserved = services.GetServices<ReservedConfigurationSection>().Select(section => section.Name).ToList();
        SettingsCheck.ThrowIfAny(configuration.GetSection(sectionPath), typeof(AiOpsNotificationsOptions), reserved);
        var owned = configuration.GetSection(sectionPath)
            .AsEnumerable(makePathsRelative: true)
            .Where(entry => entry.Value is not null && !reserved.Any(name => IsWithin(entry.Key, name)));

        try
        {
            new ConfigurationBuilder()
                .AddInMemoryCollection(owned)
                .Build()
                .Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException error)
        {
            // The binder saw the section re-rooted; name the settings as the host's configuration has them.
            var message = error.Message.Replace(" at '", $" at '{sectionPath}:", StringComparison.Ordinal);
            throw new InvalidOperationException($"The settings under '{sectionPath}' are not valid. {message}", error);
        }
    }

    private static bool IsWithin(string key, string section) =>
        key.Equals(section, StringComparison.OrdinalIgnoreCase)
        || key.StartsWith(section + ConfigurationPath.KeyDelimiter, StringComparison.OrdinalIgnoreCase);
}
