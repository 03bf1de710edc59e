using AiOps.Notifications;
using AiOps.Notifications.Email;
using AiOps.Notifications.Sqlite;
using AiOps.Notifications.Webhook;
using AiOps.Samples.WebApp.DevInbox;

namespace AiOps.Samples.WebApp;

/// <summary>Builds the sample host: a service wired the way a real one would be, plus a development inbox.</summary>
public static class SampleApp
{
    /// <summary>Builds the application.</summary>
    /// <param name="args">Command-line arguments (<c>--urls</c> is honoured).</param>
    /// <param name="configure">Changes the builder before the services are added; tests use it.</param>
    /// <returns>The application, not started.</returns>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        // The development SMTP server starts before the engine, so deliveries resumed at start find it listening.
        var inbox = builder.Configuration.GetSection("DevInbox");
        builder.Services.Configure<DevInboxOptions>(inbox);
        if (inbox.GetValue("Enabled", true))
        {
            builder.Services.AddSingleton<Inbox>();
            builder.Services.AddHostedService<DevSmtpServer>();
        }

        var notifications = builder.Services.AddAiOpsNotifications()
            .UseSqlite()
            .AddEmail()
            .AddWebhook()
            .AddAiOpsDashboard();
        AddOptionalChannels(builder.Configuration, notifications);

        var app = builder.Build();
        app.MapAiOpsDashboard("/aiops");
        if (inbox.GetValue("Enabled", true))
        {
            app.MapDevInbox();
        }

        app.MapGet("/", () => Results.Redirect("/aiops"));
        return app;
    }

    /// <summary>Slack and Teams join when their settings are present, so the sample runs without accounts.</summary>
    private static void AddOptionalChannels(IConfiguration configuration, AiOpsNotificationsBuilder notifications)
    {
        var channels = configuration.GetSection("AiOps:Channels");
        if (channels.GetSection("slack").Exists())
        {
            notifications.AddSlack();
        }

        if (channels.GetSection("teams").Exists())
        {
            notifications.AddTeams();
        }
    }
}
