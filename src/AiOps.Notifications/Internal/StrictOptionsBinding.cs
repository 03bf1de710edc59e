using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Internal;

/// <summary>Binds settings from a configuration section and refuses keys that name no setting.</summary>
internal static class StrictOptionsBinding
{
    /// <summary>
    /// Checks the section for unknown keys, naming each by its full path, then binds it with the binder's own
    /// strict mode as a second guard.
    /// </summary>
    public static OptionsBuilder<TOptions> BindStrictly<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TOptions>(
        this OptionsBuilder<TOptions> options, string path)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        options.Configure<IServiceProvider>((_, services) =>
        {
            if (services.GetService<IConfiguration>() is { } configuration)
            {
                SettingsCheck.ThrowIfAny(configuration.GetSection(path), typeof(TOptions));
            }
        });
        return options.BindConfiguration(path, binder => binder.ErrorOnUnknownConfiguration = true);
    }
}
