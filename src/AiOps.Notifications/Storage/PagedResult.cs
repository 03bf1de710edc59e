namespace AiOps.Notifications.Storage;

/// <summary>One page of a query's results and the total across pages.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="Total">How many items match in all.</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);
