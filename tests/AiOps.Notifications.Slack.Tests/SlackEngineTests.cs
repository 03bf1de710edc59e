using AiOps.Notifications.Slack.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Slack.Tests;

public sealed class SlackEngineTests : IAsyncLifetime
{
    private SlackReceiver _receiver = null!;

    public async ValueTask InitializeAsync() =>
        _receiver = await SlackReceiver.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _receiver.DisposeAsync();

    [Fact]
    public async Task ReportAsync_SlackChannelAdded_MessageArrivesAtWebhook()
    {
        using var host = await StartHostAsync(b => b.AddSlack(configure: o => o.WebhookUrl = _receiver.Webhook("ok")));
        var incidents = host.Services.GetRequiredService<IIncidentManager>();

        await incidents.ReportAsync(
            new IncidentReport { Title = "Disk <!channel> full", Component = "db-01", Level = IncidentLevel.Critical },
            TestContext.Current.CancellationToken);

        var request = await WaitForRequestAsync();
        Assert.Null(SlackContract.Validate(request.Body));
        Assert.Contains("Disk &lt;!channel&gt; full", request.Body, StringComparison.Ordinal);
        Assert.Contains("https://ops.example.test/aiops/", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportAsync_BotTokenFromConfiguration_PostsThroughWebApi()
    {
        using var host = await StartHostAsync(b => b.AddSlack(), new Dictionary<string, string?>
        {
            ["AiOps:Channels:slack:BotToken"] = SlackReceiver.BotToken,
            ["AiOps:Channels:slack:Channel"] = "C0OPS",
            ["AiOps:Channels:slack:ApiBaseUrl"] = _receiver.ApiBaseUrl.ToString(),
        });
        var incidents = host.Services.GetRequiredService<IIncidentManager>();

        await incidents.ReportAsync(new IncidentReport { Title = "Queue stuck" }, TestContext.Current.CancellationToken);

        var request = await WaitForRequestAsync();
        Assert.Equal("/api/chat.postMessage", request.Path);
        Assert.Contains("\"channel\":\"C0OPS\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NeitherWebhookNorToken_FailsNamingTheSetting()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(
            () => StartHostAsync(b => b.AddSlack("slack-ops")));

        Assert.Contains("AiOps:Channels:slack-ops:WebhookUrl or AiOps:Channels:slack-ops:BotToken is required.",
            exception.Message, StringComparison.Ordinal);
    }

    private static async Task<IHost> StartHostAsync(
        Action<AiOpsNotificationsBuilder> configure, Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? []);
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
