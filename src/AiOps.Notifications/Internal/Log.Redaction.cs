using System.Text.RegularExpressions;

namespace AiOps.Notifications.Internal;

/// <content>What is taken out of a service's reply before it reaches a log.</content>
internal static partial class Log
{
    /// <summary>What stands in a logged reply where an e-mail address was.</summary>
    internal const string MaskedAddress = "[address]";

    /// <summary>
    /// Masks the e-mail addresses in a service's reply: an SMTP reply often quotes the recipient
    /// (<c>550 5.1.1 &lt;ana@example.com&gt;: Recipient address rejected</c>), and logs carry no addresses.
    /// </summary>
    internal static string MaskAddresses(string reply) =>
        reply.Contains('@', StringComparison.Ordinal) ? EmailAddress().Replace(reply, MaskedAddress) : reply;

    // Deliberately broad (any run without spaces, brackets, quotes or separators around an @), so that
    // quoted, encoded or international addresses are masked too; masking a little too much is harmless.
    [GeneratedRegex("""[^\s<>()\[\]"',;:@]+@[^\s<>()\[\]"',;:@]+""", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
