namespace AiOps.Notifications.Reports;

/// <summary>How many items share one value, such as incidents with one status.</summary>
/// <param name="Key">The value; <see cref="None"/> when the items have none.</param>
/// <param name="Count">How many items have it.</param>
public sealed record KeyCount(string Key, int Count)
{
    /// <summary>The key of items without a value, such as incidents without a category.</summary>
    public const string None = "(none)";
}
