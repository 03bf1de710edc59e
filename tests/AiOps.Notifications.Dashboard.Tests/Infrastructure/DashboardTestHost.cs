using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>A web host on TestServer with the core services and the dashboard mapped.</summary>
internal sealed class DashboardTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardTestHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public static DateTimeOffset Now { get; } = new(2026, 12, 3, 8, 15, 0, TimeSpan.Zero);

    public const string PolicyName = "ops";

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public INotificationStore Store => _app.Services.GetRequiredService<INotificationStore>();

    public IIncidentManager Incidents => _app.Services.GetRequiredService<IIncidentManager>();

    public static async Task<DashboardTestHost> StartAsync(DashboardHostOptions? options = null)
    {
        options ??= new DashboardHostOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(options.Settings ?? new Dictionary<string, string?>());
        var notifications = CoreServices.Add(builder.Services, new FakeTimeProvider(Now)).AddAiOpsDashboard();
        options.ConfigureNotifications?.Invoke(notifications);
        AddAuthentication(builder.Services, options);
        options.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        Configure(app, options);
        try
        {
            await app.StartAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new DashboardTestHost(app, app.GetTestClient());
    }

    /// <summary>Posts the realistic sample payload and returns the incident its firing alert opened.</summary>
    public async Task<Incident> IngestSampleAsync()
    {
        using var response = await Client.PostAsync(
            "/aiops/api/ingest/alertmanager", Payloads.Json(Payloads.Sample), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var incident = await Store.FindOpenIncidentAsync(
            Payloads.FiringFingerprint, TestContext.Current.CancellationToken);
        return incident ?? throw new InvalidOperationException("The sample payload opened no incident.");
    }

    /// <summary>Waits until the background dispatcher has recorded an attempt for the incident.</summary>
    public async Task WaitForAttemptAsync(string incidentId)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while ((await Store.GetAttemptsForIncidentAsync(incidentId, timeout.Token)).Count == 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    private static void AddAuthentication(IServiceCollection services, DashboardHostOptions options)
    {
        if (options.WithAuthentication)
        {
            services.AddAuthentication(TestAuthHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null);
            services.AddAuthorization(o => o.AddPolicy(PolicyName, p => p.RequireAuthenticatedUser()));
        }
    }

    private static void Configure(WebApplication app, DashboardHostOptions options)
    {
        app.Use((context, next) =>
        {
            context.Connection.RemoteIpAddress = options.RemoteIp;
            return next(context);
        });
        if (options.PathBase is { } pathBase)
        {
            app.UsePathBase(pathBase);
        }

        app.UseRouting();
        if (options.WithAuthentication || options.UseAuthenticationMiddleware)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }

        var mount = app.MapAiOpsDashboard(options.Prefix, options.ConfigureOptions);
        options.ConfigureMount?.Invoke(mount);
    }
}
