namespace AiOps.Notifications.Storage;

/// <summary>How many items share one value, such as a category.</summary>
/// <param name="Key">The value; empty when the items have none.</param>
/// <param name="Count">The count.</param>
public sealed record KeyCount(string Key, int Count);
