namespace AiOps.Notifications.Dashboard.Security;

/// <summary>
/// Endpoint metadata: the endpoint keeps working on a read-only mount, because it is not an operator action
/// (an inbound report from a monitoring system or a service) or changes nothing (a query sent as POST).
/// </summary>
internal sealed class OpenWhenReadOnly
{
    private OpenWhenReadOnly()
    {
    }

    /// <summary>Gets the one instance; the metadata carries no data.</summary>
    public static OpenWhenReadOnly Instance { get; } = new();
}
