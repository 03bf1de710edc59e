namespace AiOps.Notifications.Storage;

/// <summary>Counts and mean durations over the incidents detected in a period.</summary>
/// <param name="Detected">How many incidents were detected.</param>
/// <param name="Diagnosed">How many of them have a diagnosis.</param>
/// <param name="Acknowledged">How many of them were acknowledged.</param>
/// <param name="Resolved">How many of them were resolved.</param>
/// <param name="MeanTimeToAcknowledge">The mean time from detection to acknowledgement, if any was acknowledged.</param>
/// <param name="MeanTimeToResolve">The mean time from detection to resolution, if any was resolved.</param>
public sealed record IncidentTotals(
    int Detected,
    int Diagnosed,
    int Acknowledged,
    int Resolved,
    TimeSpan? MeanTimeToAcknowledge,
    TimeSpan? MeanTimeToResolve);
