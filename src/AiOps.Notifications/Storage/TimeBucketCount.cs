namespace AiOps.Notifications.Storage;

/// <summary>How many incidents were detected in one interval of a period.</summary>
/// <param name="Start">The start of the interval.</param>
/// <param name="Count">The count.</param>
public sealed record TimeBucketCount(DateTimeOffset Start, int Count);
