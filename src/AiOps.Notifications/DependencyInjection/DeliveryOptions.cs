namespace AiOps.Notifications;

/// <summary>Settings of delivery attempts and retries (<c>AiOps:Delivery</c>).</summary>
public sealed class DeliveryOptions
{
    /// <summary>Gets or sets how long one attempt may take before it counts as a transient failure.</summary>
    /// <value>Defaults to 10 seconds; must be positive.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how many attempts are made in a row before the delivery goes back to the outbox.</summary>
    /// <value>Defaults to 3.</value>
    public int ImmediateAttempts { get; set; } = 3;

    /// <summary>Gets or sets the first retry delay; later ones grow exponentially, with jitter.</summary>
    /// <value>Defaults to 1 second.</value>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets or sets the longest <c>Retry-After</c> honoured in a row; a longer one moves the delivery
    /// to the outbox.
    /// </summary>
    /// <value>Defaults to 60 seconds.</value>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Gets or sets how many attempts a delivery gets in all, across outbox retries, before it fails
    /// for good.
    /// </summary>
    /// <value>Defaults to 12.</value>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>
    /// Gets or sets the delay before the first outbox retry; it doubles each time up to <see
    /// cref="MaxOutboxDelay"/>.
    /// </summary>
    /// <value>Defaults to 30 seconds.</value>
    public TimeSpan OutboxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the longest delay between outbox retries.</summary>
    /// <value>Defaults to 1 hour.</value>
    public TimeSpan MaxOutboxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets how many deliveries one channel sends at the same time.</summary>
    /// <value>Defaults to 4.</value>
    public int ConcurrencyPerChannel { get; set; } = 4;

    /// <summary>Gets or sets how often the outbox is polled for due retries.</summary>
    /// <value>Defaults to 5 seconds.</value>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Gets or sets the share of attempts that must fail, within <see cref="BreakerSamplingDuration"/>, for a
    /// channel's circuit breaker to open.
    /// </summary>
    /// <value>Defaults to 0.5; must be greater than 0 and at most 1.</value>
    /// <remarks>
    /// Only transient failures count. While the breaker is open no delivery reaches the channel: each is
    /// recorded as a transient failure ("Circuit open") without counting an attempt and goes back to the outbox.
    /// </remarks>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>
    /// Gets or sets how many attempts a channel must make within <see cref="BreakerSamplingDuration"/> before
    /// its circuit breaker may open.
    /// </summary>
    /// <value>Defaults to 8; must be at least 2.</value>
    public int BreakerMinimumThroughput { get; set; } = 8;

    /// <summary>Gets or sets the window over which a channel's circuit breaker counts failed attempts.</summary>
    /// <value>Defaults to 60 seconds; must be between 500 milliseconds and 1 day.</value>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Gets or sets how long a channel's circuit breaker stays open before it lets one attempt through to
    /// test the channel.
    /// </summary>
    /// <value>Defaults to 30 seconds; must be between 500 milliseconds and 1 day.</value>
    /// <remarks>
    /// If that attempt succeeds the breaker closes; if it fails transiently the breaker opens again for
    /// another break.
    /// </remarks>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
