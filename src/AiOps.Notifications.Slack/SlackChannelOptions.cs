namespace AiOps.Notifications.Slack;

/// <summary>Settings of one Slack channel instance (<c>AiOps:Channels:{name}</c>).</summary>
/// <remarks>
/// Set exactly one way of posting: <see cref="WebhookUrl"/> for an incoming webhook, or
/// <see cref="BotToken"/> and <see cref="Channel"/> for the Web API (<c>chat.postMessage</c>).
/// The webhook URL and the token are secrets: they are never logged nor shown.
/// </remarks>
public sealed class SlackChannelOptions
{
    /// <summary>
    /// Gets or sets the incoming webhook URL, such as <c>https://hooks.slack.com/services/T…/B…/…</c>.
    /// </summary>
    /// <value>Defaults to none.</value>
    public Uri? WebhookUrl { get; set; }

    /// <summary>Gets or sets the bot token (<c>xoxb-…</c>) used with <c>chat.postMessage</c>.</summary>
    /// <value>Defaults to none.</value>
    public string? BotToken { get; set; }

    /// <summary>Gets or sets the Slack channel id (such as <c>C0123456789</c>) the Web API posts to.</summary>
    /// <remarks>A delivery whose recipient is not empty posts to that channel id instead.</remarks>
    /// <value>Defaults to none.</value>
    public string? Channel { get; set; }

    /// <summary>Gets or sets the base URL of the Slack Web API.</summary>
    /// <value>Defaults to <c>https://slack.com/api/</c>.</value>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>
    /// Gets or sets how many messages per second this channel sends; the engine's rate limiter applies it.
    /// </summary>
    /// <value>Defaults to 1, Slack's published rate for posting messages.</value>
    public double RateLimit { get; set; } = 1;

    /// <summary>Gets or sets the most characters of the top-level <c>text</c> fallback.</summary>
    /// <value>Defaults to 4,000.</value>
    public int MaxTextLength { get; set; } = SlackLimits.TopLevelText;

    /// <summary>Gets or sets the most characters of all texts inside the blocks together.</summary>
    /// <value>Defaults to 12,000, below the aggregate size at which Slack rejects a message.</value>
    public int MaxBlocksTextLength { get; set; } = SlackLimits.BlocksText;

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

    /// <summary>Gets a value indicating whether the channel posts through the Web API rather than a webhook.</summary>
    internal bool UsesWebApi => WebhookUrl is null;
}
