using System.Collections.Concurrent;

namespace AiOps.Notifications.Channels;

/// <summary>
/// Keeps delivered messages in memory: for tests, for trying templates, and for hosts that poll
/// messages themselves.
/// </summary>
/// <remarks>Thread safe. Its template has one part, <c>text</c>.</remarks>
public sealed class InMemoryChannel : INotificationChannel
{
    /// <summary>The channel kind.</summary>
    public const string ChannelKind = "memory";

    private readonly ConcurrentQueue<ChannelMessage> _messages = new();
    private readonly Func<ChannelMessage, CancellationToken, Task<DeliveryResult>>? _behaviour;

    /// <summary>Initializes a new instance of the <see cref="InMemoryChannel"/> class.</summary>
    /// <param name="name">The channel name.</param>
    /// <param name="behaviour">Decides each attempt's result; every attempt is delivered when not set.</param>
    public InMemoryChannel(string name, Func<ChannelMessage, CancellationToken, Task<DeliveryResult>>? behaviour = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        Name = name;
        _behaviour = behaviour;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Kind => ChannelKind;

    /// <summary>Gets how fast the engine may send on this channel.</summary>
    /// <value>Defaults to no limit.</value>
    public ChannelRateLimit? RateLimit { get; init; }

    /// <summary>Gets the most incidents a group message on this channel lists.</summary>
    /// <value>Defaults to no cap: the route's limit applies.</value>
    public int? GroupLimit { get; init; }

    /// <summary>Gets how many deliveries the engine sends on this channel at the same time.</summary>
    /// <value>Defaults to the engine's <c>ConcurrencyPerChannel</c>.</value>
    public int? Concurrency { get; init; }

    /// <summary>Gets the messages that were delivered, in order.</summary>
    public IReadOnlyCollection<ChannelMessage> Messages => _messages;

    /// <inheritdoc />
    public async Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var result = _behaviour is null
            ? DeliveryResult.Delivered()
            : await _behaviour(message, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            _messages.Enqueue(message);
        }

        return result;
    }
}
