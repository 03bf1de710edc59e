using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace AiOps.Notifications.Email.Tests.Infrastructure;

/// <summary>An SMTP server on 127.0.0.1 and a free port that keeps what it receives.</summary>
internal sealed class SmtpTestServer : MessageStore, IAsyncDisposable
{
    private readonly System.Threading.Channels.Channel<ReceivedMail> _received =
        System.Threading.Channels.Channel.CreateUnbounded<ReceivedMail>();
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpResponse _reply;
    private SmtpServer.SmtpServer? _server;
    private Task _run = Task.CompletedTask;

    private SmtpTestServer(SmtpResponse reply) => _reply = reply;

    public int Port { get; private set; }

    public static SmtpTestServer Start(SmtpResponse? reply = null, IUserAuthenticator? authenticator = null)
    {
        var server = new SmtpTestServer(reply ?? SmtpResponse.Ok) { Port = FreePort() };
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, server.Port))
                .AllowUnsecureAuthentication(authenticator is not null))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(server);
        if (authenticator is not null)
        {
            services.Add(authenticator);
        }

        server._server = new SmtpServer.SmtpServer(options, services);
        server._run = server._server.StartAsync(server._stop.Token);
        return server;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task<ReceivedMail> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    public override Task<SmtpResponse> SaveAsync(
        ISessionContext context,
        IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer,
        CancellationToken cancellationToken)
    {
        if (_reply.ReplyCode == SmtpReplyCode.Ok)
        {
            var raw = buffer.ToArray();
            var message = MimeMessage.Load(new MemoryStream(raw), cancellationToken);
            var envelope = transaction.To.Select(m => m.User + "@" + m.Host).ToList();
            _received.Writer.TryWrite(new ReceivedMail(message, System.Text.Encoding.UTF8.GetString(raw), envelope));
        }

        return Task.FromResult(_reply);
    }

    public async ValueTask DisposeAsync()
    {
        _server?.Shutdown();
        await _stop.CancelAsync();
        try
        {
            await _run;
        }
        catch (OperationCanceledException)
        {
            // Stopping the server cancels its run.
        }

        _stop.Dispose();
    }
}
