using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Email.Internal;

/// <summary>Checks one e-mail channel's settings; every message names the full configuration key.</summary>
internal sealed class EmailChannelOptionsValidator(string channelName, string sectionPath)
    : IValidateOptions<EmailChannelOptions>
{
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, EmailChannelOptions options)
    {
        if (!string.Equals(name, channelName, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        CheckServer(options, failures);
        CheckCredentials(options, failures);
        CheckAddresses(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void CheckServer(EmailChannelOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            failures.Add($"{sectionPath}:Host is required: the SMTP server's host name or address.");
        }

        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"{sectionPath}:Port must be between 1 and 65535 (usually 587 or 465), not {options.Port}.");
        }

        if (!Enum.IsDefined(options.Security))
        {
            failures.Add($"{sectionPath}:Security must be None, StartTls or SslOnConnect.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > MaxTimeout)
        {
            failures.Add($"{sectionPath}:Timeout must be above zero and at most 00:10:00, not {options.Timeout}.");
        }

        if (options.GroupLimit is < 1)
        {
            failures.Add($"{sectionPath}:GroupLimit must be at least 1, not {options.GroupLimit}.");
        }

        if (options.Concurrency is < 1 or > 256)
        {
            failures.Add($"{sectionPath}:Concurrency must be between 1 and 256, not {options.Concurrency}.");
        }
    }

    private void CheckCredentials(EmailChannelOptions options, List<string> failures)
    {
        var hasUser = !string.IsNullOrEmpty(options.UserName);
        var hasPassword = !string.IsNullOrEmpty(options.Password);
        if (hasUser != hasPassword)
        {
            failures.Add($"{sectionPath}:UserName and {sectionPath}:Password must be set together.");
        }

        if (hasUser && options.Security == SmtpSecurity.None && !EmailAddresses.IsLoopback(options.Host))
        {
            failures.Add(
                $"{sectionPath}:Security is None but credentials are set for '{options.Host}': " +
                "the password would cross the network in plain text. Use StartTls or SslOnConnect.");
        }
    }

    private void CheckAddresses(EmailChannelOptions options, List<string> failures)
    {
        if (!EmailAddresses.TryParseMailbox(options.From, out _))
        {
            failures.Add($"{sectionPath}:From must be an e-mail address such as 'AiOps <aiops@example.com>'.");
        }

        CheckList(options.To, "To", failures);
        CheckList(options.Cc, "Cc", failures);
    }

    private void CheckList(IList<string> addresses, string key, List<string> failures)
    {
        for (var i = 0; i < addresses.Count; i++)
        {
            if (!EmailAddresses.TryParseMailbox(addresses[i], out _))
            {
                failures.Add($"{sectionPath}:{key}:{i} is not a valid e-mail address: '{addresses[i]}'.");
            }
        }
    }
}
