using System.Diagnostics.CodeAnalysis;
using MimeKit;

namespace AiOps.Notifications.Email.Internal;

/// <summary>Parses the address settings and recipient lists of the e-mail channel.</summary>
internal static class EmailAddresses
{
    public static bool TryParseMailbox(string? text, [NotNullWhen(true)] out MailboxAddress? mailbox)
    {
        mailbox = null;
        return !string.IsNullOrWhiteSpace(text)
            && MailboxAddress.TryParse(text, out mailbox)
            && mailbox.Address.Contains('@', StringComparison.Ordinal);
    }

    public static bool TryParseList(string? text, out IReadOnlyList<MailboxAddress> mailboxes)
    {
        mailboxes = [];
        if (string.IsNullOrWhiteSpace(text) || !InternetAddressList.TryParse(text, out var list))
        {
            return false;
        }

        var parsed = list.Mailboxes.ToList();
        mailboxes = parsed;
        return parsed.Count > 0 && parsed.TrueForAll(m => m.Address.Contains('@', StringComparison.Ordinal));
    }

    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address));
}
