namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>One page of incidents with their details, and where the page lies.</summary>
/// <param name="Items">The incidents of this page, newest first.</param>
/// <param name="Total">How many incidents match in all.</param>
/// <param name="Skip">How many were skipped.</param>
/// <param name="Take">The page size asked for.</param>
internal sealed record IncidentList(IReadOnlyList<IncidentDetails> Items, int Total, int Skip, int Take);
