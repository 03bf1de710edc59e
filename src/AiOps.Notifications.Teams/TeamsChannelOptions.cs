namespace AiOps.Notifications.Teams;

/// <summary>Settings of one Microsoft Teams channel instance (<c>AiOps:Channels:{name}</c>).</summary>
/// <remarks>The webhook URL carries its own signature and is a secret: it is never logged nor shown.</remarks>
public sealed class TeamsChannelOptions
{
    /// <summary>
    /// Gets or sets the Workflows webhook URL (or a legacy connector URL with <see cref="Format"/> set to MessageCard).
    /// </summary>
    /// <value>Defaults to none; required.</value>
    public Uri? WebhookUrl { get; set; }

    /// <summary>Gets or sets the body format.</summary>
    /// <value>Defaults to <see cref="TeamsMessageFormat.AdaptiveCard"/>.</value>
    public TeamsMessageFormat Format { get; set; } = TeamsMessageFormat.AdaptiveCard;

    /// <summary>Gets or sets the Adaptive Card schema version written into every card, from 1.0 to 1.5.</summary>
    /// <value>Defaults to 1.4, the newest version Workflows render reliably.</value>
    public string CardVersion { get; set; } = "1.4";

    /// <summary>
    /// Gets or sets the most UTF-8 bytes of a posted body; longer texts are shortened, longest first.
    /// </summary>
    /// <value>Defaults to 24,576 (24 KB), below Teams' limit of about 28 KB.</value>
    public int MaxBodyBytes { get; set; } = 24 * 1024;

    /// <summary>
    /// Gets or sets how many messages per second this channel sends; the engine's rate limiter applies it.
    /// </summary>
    /// <value>Defaults to 1, well under Teams' 4 requests per second per webhook.</value>
    public double RateLimit { get; set; } = 1;

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
