using AiOps.Notifications.Channels;
using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Dashboard.Settings;

/// <summary>One channel on the settings page: name, kind, health and recent attempt outcomes; never its options.</summary>
/// <param name="Channel">The channel's name and kind.</param>
/// <param name="Health">The health check's status, such as <c>Healthy</c>; null when no check ran.</param>
/// <param name="Description">The health check's description, if any.</param>
/// <param name="Outcomes">Attempts in the last 24 hours per outcome.</param>
internal sealed record ChannelHealthRow(
    ChannelInfo Channel, string? Health, string? Description, IReadOnlyList<ChannelOutcomeCount> Outcomes)
{
    public int Count(AttemptOutcome outcome) => Outcomes.Where(o => o.Outcome == outcome).Sum(o => o.Count);
}
