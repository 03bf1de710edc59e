using System.Net;
using Microsoft.Extensions.Options;
using SmtpServer;

namespace AiOps.Samples.WebApp.DevInbox;

/// <summary>An SMTP server on 127.0.0.1 that the sample's e-mail channel really sends to, so mail shows at /dev/inbox.</summary>
internal sealed class DevSmtpServer(
    Inbox inbox, TimeProvider timeProvider, IOptions<DevInboxOptions> options, ILogger<DevSmtpServer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var port = options.Value.SmtpPort;
        var serverOptions = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new InboxMessageStore(inbox, timeProvider));

        var server = new SmtpServer.SmtpServer(serverOptions, services);
        logger.LogInformation("Development SMTP server listening on 127.0.0.1:{Port}", port);
        try
        {
            await server.StartAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
