using System.Net.Sockets;
using AiOps.Notifications.Channels;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace AiOps.Notifications.Email.Internal;

/// <summary>Turns SMTP and network errors into results: 4xx and network trouble transient, 5xx permanent.</summary>
internal static class SmtpFailures
{
    private const int AuthenticationFailedCode = 535;

    public static DeliveryResult Classify(Exception exception, string? password)
    {
        ArgumentNullException.ThrowIfNull(exception);

        var result = exception switch
        {
            SmtpCommandException command => FromReply((int)command.StatusCode, command.Message),
            AuthenticationException auth => DeliveryResult.Permanent(
                "Authentication failed: " + auth.Message, AuthenticationFailedCode),
            SslHandshakeException => DeliveryResult.Permanent(
                "The TLS handshake failed: check Security, Port and the server's certificate."),
            NotSupportedException notSupported => DeliveryResult.Permanent(
                "The server does not support what the settings require: " + notSupported.Message),
            SmtpProtocolException protocol => DeliveryResult.Transient("SMTP protocol error: " + protocol.Message),
            SocketException socket => DeliveryResult.Transient("Network error: " + socket.SocketErrorCode),
            IOException or ServiceNotConnectedException => DeliveryResult.Transient(
                "Connection lost: " + exception.Message),
            TimeoutException => DeliveryResult.Transient("Timed out."),
            FormatException format => DeliveryResult.Permanent(format.Message),
            _ => DeliveryResult.Transient(exception.GetType().Name + ": " + exception.Message),
        };
        return Scrub(result, password);
    }

    public static DeliveryResult FromReply(int code, string text)
    {
        var detail = $"SMTP {code}: {text}";
        return code >= 500
            ? DeliveryResult.Permanent(detail, code)
            : DeliveryResult.Transient(detail, code);
    }

    // Servers sometimes echo what they were sent; a password must never reach the delivery record.
    private static DeliveryResult Scrub(DeliveryResult result, string? password)
    {
        var detail = HttpDeliveryResults.Shorten(result.Detail) ?? "";
        if (!string.IsNullOrEmpty(password))
        {
            detail = detail.Replace(password, "***", StringComparison.Ordinal);
        }

        return result.Outcome == AttemptOutcome.PermanentFailure
            ? DeliveryResult.Permanent(detail, result.StatusCode)
            : DeliveryResult.Transient(detail, result.StatusCode, result.RetryAfter);
    }
}
