namespace AiOps.Notifications.Channels;

/// <summary>
/// Sends rendered notifications to one destination: an SMTP server, a Slack workspace, a webhook URL.
/// </summary>
/// <remarks>
/// Implementations are thread safe and never throw for a failed delivery: they return a
/// <see cref="DeliveryResult"/> that says whether retrying can help. The engine wraps every
/// call in the channel's timeout, retry, circuit breaker and rate limiter.
/// </remarks>
public interface INotificationChannel
{
    /// <summary>Gets the channel's name, unique in the host, such as <c>email</c> or <c>slack-ops</c>.</summary>
    string Name { get; }

    /// <summary>Gets the kind of channel, which selects its templates, such as <c>email</c> or <c>slack</c>.</summary>
    string Kind { get; }

    /// <summary>Gets how fast the engine may send on this channel, such as Slack's one message per second.</summary>
    /// <value>Defaults to no limit.</value>
    ChannelRateLimit? RateLimit => null;

    /// <summary>
    /// Gets the most incidents a group message on this channel lists before "and N more", whatever the
    /// route's <c>GroupLimit</c> allows: a chat message may list 5 where an e-mail lists 50.
    /// </summary>
    /// <value>Defaults to no cap of the channel's own: the route's limit applies.</value>
    int? GroupLimit => null;

    /// <summary>
    /// Gets how many deliveries the engine sends on this channel at the same time, in place of
    /// <c>AiOps:Delivery:ConcurrencyPerChannel</c>: 1 sends one message after another, in the order they were
    /// queued, so a resolution does not overtake its detection (unless that waits for a retry).
    /// </summary>
    /// <value>Defaults to the engine's <c>ConcurrencyPerChannel</c>.</value>
    int? Concurrency => null;

    /// <summary>Sends one message.</summary>
    /// <param name="message">The delivery with its rendered content.</param>
    /// <param name="cancellationToken">Cancels the attempt (timeout or shutdown).</param>
    /// <returns>How the attempt ended.</returns>
    Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken);
}
