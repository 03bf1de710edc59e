using MimeKit;

namespace AiOps.Notifications.Email.Internal;

/// <summary>An e-mail channel's validated settings with the addresses parsed once.</summary>
internal sealed class EmailSettings
{
    public EmailSettings(EmailChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        Options = options;
        From = Parse(options.From, "From");
        To = [.. options.To.Select(a => Parse(a, "To"))];
        Cc = [.. options.Cc.Select(a => Parse(a, "Cc"))];
    }

    public EmailChannelOptions Options { get; }

    public MailboxAddress From { get; }

    public IReadOnlyList<MailboxAddress> To { get; }

    public IReadOnlyList<MailboxAddress> Cc { get; }

    private static MailboxAddress Parse(string text, string key) =>
        EmailAddresses.TryParseMailbox(text, out var mailbox)
            ? mailbox
            : throw new ArgumentException($"EmailChannelOptions.{key} holds an invalid address: '{text}'.", key);
}
