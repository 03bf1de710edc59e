using AiOps.Notifications.Channels;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Sqlite.Tests;

public sealed class SqliteStoreBuilderExtensionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task UseSqlite_NoDatabasePath_FailsAtStartNamingTheSetting()
    {
        using var host = CreateSut(new Dictionary<string, string?>());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:Sqlite:DatabasePath is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseSqlite_BusyTimeoutOutOfRange_FailsAtStartNamingTheSetting()
    {
        using var host = CreateSut([], options =>
        {
            options.DatabasePath = "aiops.db";
            options.BusyTimeout = TimeSpan.Zero;
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:Sqlite:BusyTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseSqlite_MisspeltSetting_FailsNamingItsFullPathAndTheSettings()
    {
        using var services = CreateServiceProvider(new() { ["AiOps:Sqlite:DatabasPath"] = "data/x.db" });

        var error = Assert.Throws<InvalidOperationException>(
            () => services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value);

        Assert.Contains("AiOps:Sqlite:DatabasPath is not a setting; use DatabasePath", error.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(SqliteStoreOptions), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseSqlite_SectionInConfiguration_BindsOptions()
    {
        using var services = CreateServiceProvider(new()
        {
            ["AiOps:Sqlite:DatabasePath"] = "data/x.db",
            ["AiOps:Sqlite:BusyTimeout"] = "00:00:02",
            ["AiOps:Sqlite:FullSync"] = "true",
        });

        var options = services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value;

        Assert.Equal("data/x.db", options.DatabasePath);
        Assert.Equal(TimeSpan.FromSeconds(2), options.BusyTimeout);
        Assert.True(options.FullSync);
    }

    [Fact]
    public void UseSqlite_ConfigureDelegate_OverridesConfiguration()
    {
        using var services = CreateServiceProvider(
            new() { ["AiOps:Sqlite:DatabasePath"] = "from-config.db" },
            options => options.DatabasePath = "from-code.db");

        var options = services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value;

        Assert.Equal("from-code.db", options.DatabasePath);
    }

    [Fact]
    public void UseSqlite_UnknownKeyInSection_ThrowsNamingTheKey()
    {
        using var services = CreateServiceProvider(new() { ["AiOps:Sqlite:DatabasPath"] = "typo.db" });

        var error = Assert.Throws<InvalidOperationException>(
            () => services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value);

        Assert.Contains("DatabasPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseSqlite_RelativePath_ResolvesAgainstContentRootAndCreatesFile()
    {
        using var host = CreateSut([], options => options.DatabasePath = "data/aiops.db");

        await host.StartAsync(Ct);

        var store = Assert.IsType<SqliteNotificationStore>(host.Services.GetRequiredService<INotificationStore>());
        var expected = Path.Combine(_folder.FullPath, "data", "aiops.db");
        Assert.Equal(expected, store.DatabasePath);
        Assert.True(File.Exists(expected));
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task ReportAsync_EngineOnSqlite_DeliveryAndAttemptSurviveRestart()
    {
        void Configure(SqliteStoreOptions options) => options.DatabasePath = "aiops.db";
        string incidentId;
        using (var first = CreateSut([], Configure, new InMemoryChannel("memory")))
        {
            await first.StartAsync(Ct);
            var incident = await first.Services.GetRequiredService<IIncidentManager>()
                .ReportAsync(new IncidentReport { Title = "Festplatte voll 💾", Component = "db" }, Ct);
            incidentId = incident.Id;
            await WaitForAttemptAsync(first.Services.GetRequiredService<INotificationStore>(), incidentId);
            await first.StopAsync(Ct);
        }

        using var second = CreateSut([], Configure);
        await second.StartAsync(Ct);
        var store = second.Services.GetRequiredService<INotificationStore>();

        Assert.Equal("Festplatte voll 💾", (await store.FindIncidentAsync(incidentId, Ct))?.Title);
        var delivery = Assert.Single(await store.GetDeliveriesForIncidentAsync(incidentId, Ct));
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        var attempt = Assert.Single(await store.GetAttemptsForIncidentAsync(incidentId, Ct));
        Assert.Equal(AttemptOutcome.Delivered, attempt.Outcome);
        await second.StopAsync(Ct);
    }

    private IHost CreateSut(
        Dictionary<string, string?> settings,
        Action<SqliteStoreOptions>? configure = null,
        InMemoryChannel? channel = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _folder.FullPath,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        var notifications = builder.Services.AddAiOpsNotifications().UseSqlite(configure);
        if (channel is not null)
        {
            notifications.AddInMemoryChannel(channel);
        }

        return builder.Build();
    }

    private static ServiceProvider CreateServiceProvider(
        Dictionary<string, string?> settings, Action<SqliteStoreOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddAiOpsNotifications().UseSqlite(configure);
        return services.BuildServiceProvider();
    }

    private static async Task WaitForAttemptAsync(INotificationStore store, string incidentId)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        while ((await store.GetAttemptsForIncidentAsync(incidentId, timeout.Token)).Count == 0
            || (await store.GetDeliveriesForIncidentAsync(incidentId, timeout.Token))
                .Any(d => d.Status == DeliveryStatus.Pending))
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
