using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Internal;

/// <summary>Builds links to the dashboard for messages, when a public dashboard URL is configured.</summary>
internal sealed class IncidentLinks(IOptions<AiOpsNotificationsOptions> options)
{
    public string? For(Incident? incident)
    {
        var root = options.Value.DashboardUrl;
        if (incident is null || root is null)
        {
            return null;
        }

        return root.AbsoluteUri.TrimEnd('/') + "/incidents/" + Uri.EscapeDataString(incident.Id);
    }
}
