namespace AiOps.Notifications.Channels;

/// <summary>
/// How fast a channel may send: a token bucket refilled at <see cref="PermitsPerSecond"/>, holding up
/// to <see cref="Burst"/>.
/// </summary>
/// <param name="PermitsPerSecond">Sustained messages per second; below 1 means one message every 1/rate seconds.</param>
/// <param name="Burst">Messages that may leave at once after a quiet spell.</param>
public sealed record ChannelRateLimit(double PermitsPerSecond, int Burst = 1);
