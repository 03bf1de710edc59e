namespace AiOps.Notifications.Health;

/// <summary>What a channel's last attempts say about it.</summary>
/// <param name="Attempts">Attempts since the host started.</param>
/// <param name="ConsecutiveFailures">Failed attempts since the last success.</param>
/// <param name="LastSuccessAt">When an attempt last succeeded.</param>
/// <param name="LastFailureAt">When an attempt last failed.</param>
/// <param name="LastError">The last failure's detail.</param>
public sealed record ChannelHealthSnapshot(
    long Attempts, int ConsecutiveFailures, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastFailureAt, string? LastError)
{
    internal static ChannelHealthSnapshot Empty { get; } = new(0, 0, null, null, null);
}
