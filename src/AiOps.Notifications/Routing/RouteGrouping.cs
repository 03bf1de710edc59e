namespace AiOps.Notifications.Routing;

/// <summary>How a route groups detected incidents: by which labels, for how long, listing how many.</summary>
/// <param name="By">The labels whose values must be equal.</param>
/// <param name="Wait">How long a group collects members.</param>
/// <param name="Limit">How many members the message lists before "and N more".</param>
public sealed record RouteGrouping(IReadOnlyList<string> By, TimeSpan Wait, int Limit)
{
    /// <summary>The wait when a route groups without naming one.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    /// <summary>The list limit when a route groups without naming one.</summary>
    public const int DefaultLimit = 10;
}
