namespace AiOps.Notifications.Webhook;

/// <summary>Settings of one webhook channel, bound from <c>AiOps:Channels:{name}</c>.</summary>
/// <remarks>Keep <see cref="Secret"/> out of files: use an environment variable or a secret store.</remarks>
public sealed class WebhookChannelOptions
{
    /// <summary>Gets or sets the absolute <c>http</c> or <c>https</c> URL that receives the POSTs. Required.</summary>
    public Uri? Url { get; set; }

    /// <summary>Gets or sets the signing secret: <c>whsec_</c> and a base64 key of 24 to 64 bytes. Required.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Gets static headers added to every call, such as an API key the receiver expects.</summary>
    public IDictionary<string, string> Headers { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets how long one call may take.</summary>
    /// <value>Defaults to 15 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

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
