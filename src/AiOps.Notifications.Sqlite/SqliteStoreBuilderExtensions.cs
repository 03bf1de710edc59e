using AiOps.Notifications.Sqlite.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Sqlite;

/// <summary>Registers the SQLite store on the AiOps.Notifications builder.</summary>
public static class SqliteStoreBuilderExtensions
{
    /// <summary>Keeps incidents, notifications, the outbox and delivery attempts in a SQLite file.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the settings after they are bound from <c>AiOps:Sqlite</c>.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// Settings bind from <c>{ConfigurationSectionPath}:Sqlite</c>; unknown keys and invalid values fail at
    /// start-up with a message naming the setting. A relative path resolves against the content root.
    /// </remarks>
    public static AiOpsNotificationsBuilder UseSqlite(
        this AiOpsNotificationsBuilder builder, Action<SqliteStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        const string section = "Sqlite";
        var sectionPath = $"{builder.ConfigurationSectionPath}:{section}";
        var options = builder.AddSectionOptions<SqliteStoreOptions>(section);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteStoreOptions>>(
            new SqliteStoreOptionsValidator(sectionPath)));
        options.ValidateOnStart();

        return builder.UseStore(CreateStore);
    }

    private static SqliteNotificationStore CreateStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value;
        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath;
        var resolved = new SqliteStoreOptions
        {
            DatabasePath = Path.GetFullPath(options.DatabasePath!, contentRoot ?? Directory.GetCurrentDirectory()),
            BusyTimeout = options.BusyTimeout,
            FullSync = options.FullSync,
        };

        var logger = services.GetService<ILoggerFactory>()?.CreateLogger<SqliteNotificationStore>()
            ?? NullLogger<SqliteNotificationStore>.Instance;
        return new SqliteNotificationStore(resolved, logger);
    }
}
