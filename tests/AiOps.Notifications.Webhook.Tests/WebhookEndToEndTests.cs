using AiOps.Notifications.Webhook.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StandardWebhooks;

namespace AiOps.Notifications.Webhook.Tests;

public sealed class WebhookEndToEndTests
{
    [Fact]
    public async Task ReportAsync_ThroughAddWebhook_SignedCallArrives()
    {
        await using var receiver = await WebhookReceiver.StartAsync(TestContext.Current.CancellationToken);
        using var host = WebhookHost.Build(receiver.Url);
        await host.StartAsync(TestContext.Current.CancellationToken);
        var incidents = host.Services.GetRequiredService<IIncidentManager>();

        var incident = await incidents.ReportAsync(
            new IncidentReport { Title = "Queue \"orders\" stalled", Component = "worker" },
            TestContext.Current.CancellationToken);
        var call = await receiver.ReceiveAsync(TestContext.Current.CancellationToken);

        new StandardWebhook(TestMessages.Secret).Verify(call.Body, call.Headers);
        using var document = System.Text.Json.JsonDocument.Parse(call.Body);
        var data = document.RootElement.GetProperty("data");
        Assert.Equal("Queue \"orders\" stalled", data.GetProperty("incident").GetProperty("title").GetString());
        Assert.Equal(incident.Id, data.GetProperty("incident").GetProperty("id").GetString());
        Assert.Equal("https://ops.example.test/aiops/incidents/" + incident.Id, data.GetProperty("url").GetString());
        await host.StopAsync(TestContext.Current.CancellationToken);
    }
}
