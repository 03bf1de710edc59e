using System.Net.Sockets;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Email.Internal;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace AiOps.Notifications.Email;

/// <summary>Sends notifications as multipart e-mail (text and HTML) through SMTP with MailKit.</summary>
/// <remarks>Thread safe: every delivery opens its own SMTP connection.</remarks>
internal sealed class EmailChannel : INotificationChannel
{
    /// <summary>The channel kind that selects the e-mail templates.</summary>
    public const string ChannelKind = "email";

    private const int MessageAcceptedCode = 250;

    private readonly EmailSettings _settings;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public EmailChannel(
        string name, EmailChannelOptions options, TimeProvider timeProvider, ILogger<EmailChannel> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);

        Name = name;
        _settings = new EmailSettings(options);
        GroupLimit = options.GroupLimit;
        Concurrency = options.Concurrency;
        _timeProvider = timeProvider;
        _logger = logger;
        if (options.Security == SmtpSecurity.None && !EmailAddresses.IsLoopback(options.Host))
        {
            Log.Unencrypted(_logger, name, options.Host);
        }
    }

    public string Name { get; }

    public string Kind => ChannelKind;

    public int? GroupLimit { get; }

    public int? Concurrency { get; }

    public async Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var result = await TrySendAsync(message, cancellationToken).ConfigureAwait(false);

        if (result.Succeeded)
        {
            Log.Delivered(_logger, Name, message.Delivery.Id, result.StatusCode ?? 0);
        }
        else
        {
            Log.Failed(_logger, Name, message.Delivery.Id, result.Outcome, result.StatusCode);
        }

        return result;
    }

    private async Task<DeliveryResult> TrySendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        var options = _settings.Options;
        using var timeout = new CancellationTokenSource(options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var mime = EmailMessageFactory.Create(message, _settings, _timeProvider.GetUtcNow());
            var reply = await TransmitAsync(mime, linked.Token).ConfigureAwait(false);
            return DeliveryResult.Delivered(MessageAcceptedCode, HttpDeliveryResults.Shorten(reply));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested
            && !cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Transient($"Timed out after {options.Timeout}.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return SmtpFailures.Classify(exception, options.Password);
        }
    }

    private async Task<string> TransmitAsync(MimeMessage mime, CancellationToken cancellationToken)
    {
        var options = _settings.Options;
        using var socket = await ConnectSocketAsync(options.Host, options.Port, cancellationToken)
            .ConfigureAwait(false);
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };

        await client.ConnectAsync(socket, options.Host, options.Port, ToMailKit(options.Security), cancellationToken)
            .ConfigureAwait(false);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken)
                .ConfigureAwait(false);
        }

        var reply = await client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
        await QuitAsync(client, cancellationToken).ConfigureAwait(false);
        return reply;
    }

    // TCP_NODELAY: without it Nagle's algorithm meets delayed ACKs and every message stalls about 40 ms.
    private static async Task<Socket> ConnectSocketAsync(string host, int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    // The message is already accepted; a failing QUIT must not turn the delivery into a failure.
    private static async Task QuitAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException
            or SmtpProtocolException or SmtpCommandException)
        {
            client.Disconnect(false);
        }
    }

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
