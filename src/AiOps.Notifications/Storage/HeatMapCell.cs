namespace AiOps.Notifications.Storage;

/// <summary>How many incidents were detected on one day of the week in one hour (UTC).</summary>
/// <param name="Day">The day of the week.</param>
/// <param name="Hour">The hour, 0 to 23.</param>
/// <param name="Count">The count.</param>
public sealed record HeatMapCell(DayOfWeek Day, int Hour, int Count);
