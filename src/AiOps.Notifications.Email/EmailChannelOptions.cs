namespace AiOps.Notifications.Email;

/// <summary>Settings of one e-mail channel, bound from <c>AiOps:Channels:{name}</c>.</summary>
/// <remarks>Keep <see cref="Password"/> out of files: use an environment variable or a secret store.</remarks>
public sealed class EmailChannelOptions
{
    /// <summary>Gets or sets the SMTP server's host name or address. Required.</summary>
    public string Host { get; set; } = "";

    /// <summary>Gets or sets the SMTP server's port.</summary>
    /// <value>Defaults to 587, the submission port used with <see cref="SmtpSecurity.StartTls"/>.</value>
    public int Port { get; set; } = 587;

    /// <summary>Gets or sets how the connection is secured.</summary>
    /// <value>Defaults to <see cref="SmtpSecurity.StartTls"/>.</value>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Gets or sets the user name for SMTP authentication; empty sends without it.</summary>
    public string? UserName { get; set; }

    /// <summary>Gets or sets the password for SMTP authentication. A secret: never logged or shown.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the sender, such as <c>AiOps &lt;aiops@example.com&gt;</c>. Required.</summary>
    public string From { get; set; } = "";

    /// <summary>Gets the default recipients, used when a delivery names none.</summary>
    /// <remarks>A delivery's recipient, when set, is a comma-separated list that replaces this one.</remarks>
    public IList<string> To { get; init; } = [];

    /// <summary>Gets the addresses that receive a copy of every message.</summary>
    public IList<string> Cc { get; init; } = [];

    /// <summary>Gets or sets how long one delivery may take: connecting, authenticating and sending.</summary>
    /// <value>Defaults to 30 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets the most incidents a group message on this channel lists before "and N more"; the
    /// route's <c>GroupLimit</c> applies up to it.
    /// </summary>
    /// <value>Defaults to none: the route's limit applies.</value>
    public int? GroupLimit { get; set; }

    /// <summary>
    /// Gets or sets how many deliveries this channel sends at the same time, in place of
    /// <c>AiOps:Delivery:ConcurrencyPerChannel</c>; 1 keeps the order in which they were queued.
    /// </summary>
    /// <value>Defaults to none: <c>ConcurrencyPerChannel</c> applies. 1 to 256.</value>
    public int? Concurrency { get; set; }
}
