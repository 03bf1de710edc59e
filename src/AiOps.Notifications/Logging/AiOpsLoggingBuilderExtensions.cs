using AiOps.Notifications.Internal;
using AiOps.Notifications.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.Logging;

/// <summary>Adds error-log capture: Error and Critical entries of the host become incidents.</summary>
public static class AiOpsLoggingBuilderExtensions
{
    /// <summary>The configuration section of the capture settings.</summary>
    public const string ConfigurationSection = "AiOps:LogCapture";

    /// <summary>Adds the AiOps logger provider; the engine itself comes from <c>AddAiOpsNotifications</c>.</summary>
    /// <param name="builder">The logging builder, such as <c>builder.Logging</c>.</param>
    /// <param name="configure">Changes the settings after they are bound from <c>AiOps:LogCapture</c>.</param>
    /// <returns>The logging builder.</returns>
    /// <remarks>
    /// Logging never waits for the engine: entries go to a bounded queue whose oldest entry is dropped (and counted)
    /// when it is full. The library's own categories, and anything logged while an entry is being reported, are
    /// never captured.
    /// </remarks>
    public static ILoggingBuilder AddAiOps(this ILoggingBuilder builder, Action<AiOpsLoggerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var options = builder.Services.AddOptions<AiOpsLoggerOptions>().BindStrictly(ConfigurationSection);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.AddSingleton(new ReservedConfigurationSection("LogCapture"));
        builder.Services.TryAddSingleton<LogCaptureQueue>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, AiOpsLoggerProvider>());
        return builder;
    }
}
