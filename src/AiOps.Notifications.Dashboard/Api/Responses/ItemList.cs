namespace AiOps.Notifications.Dashboard.Api.Responses;

/// <summary>A list answer, wrapped in an object so fields can be added later.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items.</param>
internal sealed record ItemList<T>(IReadOnlyList<T> Items);
