namespace AiOps.Notifications.Reports;

/// <summary>Where an export page ends: the time and identifier of its last item; the next page starts after it.</summary>
/// <param name="At">The item's time (detection for incidents, creation for notifications).</param>
/// <param name="Id">The item's identifier, which breaks ties.</param>
public sealed record ExportCursor(DateTimeOffset At, string Id);
