using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace AiOps.Samples.WebApp.DevInbox;

/// <summary>Parses what the development SMTP server receives and puts it in the inbox.</summary>
internal sealed class InboxMessageStore(Inbox inbox, TimeProvider timeProvider) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context,
        IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer,
        CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        inbox.Add(new InboxItem
        {
            Kind = "mail",
            ReceivedAt = timeProvider.GetUtcNow(),
            From = message.From.ToString(),
            To = [.. message.To.Mailboxes.Select(mailbox => mailbox.Address)],
            Subject = message.Subject,
            Text = message.TextBody,
            Html = message.HtmlBody,
        });
        return SmtpResponse.Ok;
    }
}
