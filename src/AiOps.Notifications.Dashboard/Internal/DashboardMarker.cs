namespace AiOps.Notifications.Dashboard.Internal;

/// <summary>Registered by <c>AddAiOpsDashboard</c> so that mapping can tell whether it was called.</summary>
internal sealed class DashboardMarker;
