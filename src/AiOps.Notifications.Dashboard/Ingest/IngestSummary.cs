namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>What one inbound webhook did to incidents.</summary>
/// <param name="Received">How many alerts the payload held.</param>
/// <param name="Opened">How many incidents were opened.</param>
/// <param name="Updated">How many open incidents received another occurrence.</param>
/// <param name="Resolved">How many incidents were resolved.</param>
/// <param name="Ignored">How many resolved alerts matched no open incident.</param>
/// <param name="IncidentIds">The incidents touched, in payload order.</param>
/// <param name="Duplicate">Whether the same delivery was applied before, so nothing was done this time.</param>
internal sealed record IngestSummary(
    int Received,
    int Opened,
    int Updated,
    int Resolved,
    int Ignored,
    IReadOnlyList<string> IncidentIds,
    bool Duplicate = false)
{
    public static IngestSummary Duplicated(int received) => new(received, 0, 0, 0, 0, [], Duplicate: true);
}
