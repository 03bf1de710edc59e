using AiOps.Notifications.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiOps.Notifications;

/// <summary>Adds diagnosis providers, which explain incidents in the background after detection.</summary>
public static class DiagnosisBuilderExtensions
{
    /// <summary>The sub-section of the <c>AiOps</c> section that holds <see cref="DiagnosisOptions"/>.</summary>
    public const string ConfigurationSection = "Diagnosis";

    /// <summary>Adds a diagnosis provider; providers are tried in the order they are added.</summary>
    /// <typeparam name="T">The provider type, created once.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static AiOpsNotificationsBuilder AddDiagnosisProvider<T>(this AiOpsNotificationsBuilder builder)
        where T : class, IDiagnosisProvider
    {
        ArgumentNullException.ThrowIfNull(builder);

        AddSeam(builder);
        builder.Services.AddSingleton<IDiagnosisProvider, T>();
        return builder;
    }

    /// <summary>Adds the rule-based provider, with rules from <c>AiOps:Diagnosis:Rules</c> and the built-in ones.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the settings after they are bound.</param>
    /// <returns>The builder.</returns>
    public static AiOpsNotificationsBuilder AddRuleBasedDiagnosis(
        this AiOpsNotificationsBuilder builder, Action<DiagnosisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        return builder.AddDiagnosisProvider<RuleBasedDiagnosisProvider>();
    }

    private static void AddSeam(AiOpsNotificationsBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(service => service.ServiceType == typeof(DiagnosisQueue)))
        {
            return;
        }

        builder.AddSectionOptions<DiagnosisOptions>(ConfigurationSection);
        services.AddSingleton<DiagnosisQueue>();
        services.AddSingleton<IncidentManager>();
        services.Replace(ServiceDescriptor.Singleton<IIncidentManager>(sp => new DiagnosingIncidentManager(
            sp.GetRequiredService<IncidentManager>(), sp.GetRequiredService<DiagnosisQueue>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DiagnosingIncidentManager>>())));
        services.AddHostedService<DiagnosisWorker>();
    }
}
