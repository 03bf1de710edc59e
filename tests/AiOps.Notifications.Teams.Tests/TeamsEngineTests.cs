using AiOps.Notifications.Teams.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Teams.Tests;

public sealed class TeamsEngineTests : IAsyncLifetime
{
    private TeamsReceiver _receiver = null!;

    public async ValueTask InitializeAsync() =>
        _receiver = await TeamsReceiver.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _receiver.DisposeAsync();

    [Fact]
    public async Task ReportAsync_TeamsChannelAdded_MessageArrivesAtWebhook()
    {
        using var host = await StartHostAsync(b => b.AddTeams(configure: o => o.WebhookUrl = _receiver.Workflow("ok")));
        var incidents = host.Services.GetRequiredService<IIncidentManager>();

        await incidents.ReportAsync(
            new IncidentReport { Title = "Disk <!channel> full", Component = "db-01", Level = IncidentLevel.Critical },
            TestContext.Current.CancellationToken);

        var request = await WaitForRequestAsync();
        Assert.Null(TeamsContract.ValidateWorkflow(request.Body, new Version(1, 4)));
        Assert.Contains("Disk <!channel> full", request.Body, StringComparison.Ordinal);
        Assert.Contains("https://ops.example.test/aiops/", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NeitherWebhookNorToken_FailsNamingTheSetting()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(
            () => StartHostAsync(b => b.AddTeams("teams-ops")));

        Assert.Contains("AiOps:Channels:teams-ops:WebhookUrl is required",
            exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_MisspeltChannelSetting_FailsNamingItsFullPath()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiOps:Channels:teams-ops:WebhookUrl"] = _receiver.Workflow("ok").ToString(),
            ["AiOps:Channels:teams-ops:Fromat"] = "MessageCard",
        });
        builder.Services.AddAiOpsNotifications().AddTeams("teams-ops");
        using var host = builder.Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("AiOps:Channels:teams-ops:Fromat is not a setting; use WebhookUrl", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_LegacyConnectorUrl_WarnsBeforeAnyDelivery()
    {
        var logs = new FakeLogCollector();

        using var host = await StartHostAsync(
            b => b.AddTeams(configure: o =>
            {
                // Nothing is reported, so nothing is sent: the address only has to look like a retired connector.
                o.WebhookUrl = new Uri("https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def/secret9876");
                o.Format = TeamsMessageFormat.MessageCard;
            }),
            logging => logging.AddProvider(new FakeLoggerProvider(logs)));

        Assert.Empty(_receiver.Requests);
        var warning = Assert.Single(logs.GetSnapshot(), r => r.Message.Contains("legacy", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.DoesNotContain("secret9876", warning.Message, StringComparison.Ordinal);
    }

    private static async Task<IHost> StartHostAsync(
        Action<AiOpsNotificationsBuilder> configure, Action<ILoggingBuilder>? logging = null)
    {
        var builder = Host.CreateApplicationBuilder();
        logging?.Invoke(builder.Logging);
        configure(builder.Services.AddAiOpsNotifications(o =>
        {
            o.DashboardUrl = new Uri("https://ops.example.test/aiops/");
            o.Delivery.RetryBaseDelay = TimeSpan.Zero;
        }));
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    private async Task<ReceivedRequest> WaitForRequestAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        while (!_receiver.Requests.TryPeek(out _))
        {
            await Task.Delay(20, timeout.Token);
        }

        return _receiver.Requests.First();
    }
}
