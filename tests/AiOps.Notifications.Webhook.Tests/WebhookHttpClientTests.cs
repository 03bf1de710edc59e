using AiOps.Notifications.Webhook.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace AiOps.Notifications.Webhook.Tests;

public sealed class WebhookHttpClientTests
{
    [Fact]
    public async Task AddWebhook_NamedClientPosts_LogsNothingAboutTheUrl()
    {
        await using var receiver = await WebhookReceiver.StartAsync(TestContext.Current.CancellationToken);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddAiOpsNotifications().AddWebhook(configure: o => (o.Url, o.Secret) = (receiver.Url, "whsec_x"));
        using var host = builder.Build();
        var client = host.Services.GetRequiredService<IHttpClientFactory>()
            .CreateClient(WebhookChannel.HttpClientName("webhook"));

        using var response = await client.PostAsync(
            new Uri(receiver.Url, "/hooks/a1b2c3d4e5f6g7h8"), null, TestContext.Current.CancellationToken);

        var logs = host.Services.GetFakeLogCollector().GetSnapshot();
        Assert.DoesNotContain(logs, l => l.Category?.StartsWith("System.Net.Http", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(logs, l => l.Message.Contains("a1b2c3d4e5f6g7h8", StringComparison.Ordinal));
    }
}
