using AiOps.Notifications.Email.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Email.Tests;

public sealed class EmailEndToEndTests
{
    [Fact]
    public async Task ReportAsync_ThroughAddEmail_MailArrives()
    {
        await using var server = SmtpTestServer.Start();
        using var host = EmailHost.Build(server.Port);
        await host.StartAsync(TestContext.Current.CancellationToken);
        var incidents = host.Services.GetRequiredService<IIncidentManager>();

        await incidents.ReportAsync(
            new IncidentReport { Title = "Zürich – 東京 link down", Component = "edge", Message = "<b>bold</b>" },
            TestContext.Current.CancellationToken);
        var mail = await server.ReceiveAsync(TestContext.Current.CancellationToken);

        Assert.Equal("[AiOps] Detected: Zürich – 東京 link down (edge)", mail.Message.Subject);
        Assert.Equal("ops@example.test", Assert.Single(mail.Message.To.Mailboxes).Address);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", mail.Message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<b>bold</b>", mail.Message.TextBody, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(mail.Message.Headers["X-AiOps-Delivery-Id"]));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }
}
