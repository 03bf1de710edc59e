using System.Text;
using AiOps.Notifications.Channels;
using MimeKit;

namespace AiOps.Notifications.Email.Internal;

/// <summary>Builds the MIME message for one delivery from the rendered parts.</summary>
internal static class EmailMessageFactory
{
    public const string DeliveryIdHeader = "X-AiOps-Delivery-Id";

    public static MimeMessage Create(ChannelMessage message, EmailSettings settings, DateTimeOffset now)
    {
        var mime = new MimeMessage { Date = now, Subject = ReadSubject(message) };
        mime.From.Add(settings.From);
        mime.To.AddRange(ResolveRecipients(message, settings));
        mime.Cc.AddRange(settings.Cc);

        var id = MessageIdToken(message.Delivery.Id);
        mime.MessageId = id + "@" + (settings.From.Domain.Length > 0 ? settings.From.Domain : "aiops.local");
        mime.Headers.Add(DeliveryIdHeader, id);
        mime.Headers.Add("Auto-Submitted", "auto-generated");

        mime.Body = BuildBody(message);
        return mime;
    }

    private static string ReadSubject(ChannelMessage message)
    {
        message.Content.TryGetValue("subject", out var subject);
        var clean = SubjectLine.Clean(subject);
        return clean.Length > 0 ? clean : SubjectLine.Clean(message.Notification.Title);
    }

    private static IEnumerable<MailboxAddress> ResolveRecipients(ChannelMessage message, EmailSettings settings)
    {
        var recipient = message.Delivery.Recipient;
        if (string.IsNullOrWhiteSpace(recipient))
        {
            return settings.To;
        }

        return EmailAddresses.TryParseList(recipient, out var list)
            ? list
            : throw new FormatException("The delivery's recipient is not a comma-separated list of e-mail addresses.");
    }

    private static MimeEntity BuildBody(ChannelMessage message)
    {
        message.Content.TryGetValue("text", out var text);
        message.Content.TryGetValue("html", out var html);
        if (string.IsNullOrEmpty(text) && string.IsNullOrEmpty(html))
        {
            throw new FormatException("The templates rendered neither a 'text' nor an 'html' part.");
        }

        var builder = new BodyBuilder
        {
            TextBody = string.IsNullOrEmpty(text) ? null : text,
            HtmlBody = string.IsNullOrEmpty(html) ? null : html,
        };
        return builder.ToMessageBody();
    }

    private static string MessageIdToken(string deliveryId)
    {
        var token = new StringBuilder(deliveryId.Length);
        foreach (var c in deliveryId)
        {
            token.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        return token.Length > 0 ? token.ToString() : "delivery";
    }
}
