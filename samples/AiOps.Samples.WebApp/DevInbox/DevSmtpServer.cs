using System.Net;
using System.Net.Sockets;
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
        ThrowIfPortTaken(port);
        logger.LogInformation("Development SMTP server starting on 127.0.0.1:{Port}", port);
        try
        {
            await server.StartAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Fails with the settings to change when another process (a second sample, say) holds the port.</summary>
    private static void ThrowIfPortTaken(int port)
    {
        var probe = new TcpListener(IPAddress.Loopback, port);
        try
        {
            probe.Start();
        }
        catch (SocketException error) when (error.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new InvalidOperationException(
                $"DevInbox:SmtpPort {port} is in use by another process; give DevInbox:SmtpPort and "
                + "AiOps:Channels:email:Port a free port.",
                error);
        }
        finally
        {
            probe.Stop();
        }
    }
}
