namespace AiOps.Notifications.Dashboard.Api.Responses;

/// <summary>The silences, newest first.</summary>
/// <param name="Items">The silences.</param>
internal sealed record SilenceList(IReadOnlyList<Silence> Items);
