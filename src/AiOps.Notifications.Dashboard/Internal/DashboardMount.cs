namespace AiOps.Notifications.Dashboard.Internal;

/// <summary>One mapped dashboard: its normalised prefix and its settings.</summary>
/// <param name="Prefix">The prefix, starting with a slash and without a trailing one; empty at the root.</param>
/// <param name="Options">The settings.</param>
internal sealed record DashboardMount(string Prefix, AiOpsDashboardOptions Options);
