using AiOps.Notifications.Dashboard.Queries;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>What the page being rendered shows: set by the page endpoint, read by the component.</summary>
/// <remarks>Scoped to the request. Razor components are always public, so internal data reaches them here.</remarks>
internal sealed class DashboardPageData
{
    /// <summary>Gets or sets the mount's root as the browser sees it, such as <c>/ops/aiops</c>.</summary>
    public string Root { get; set; } = "";

    /// <summary>Gets or sets the product title shown in the header.</summary>
    public string AppTitle { get; set; } = "AiOps";

    /// <summary>Gets or sets the incidents listed on the overview page.</summary>
    public IncidentList? Incidents { get; set; }

    /// <summary>Gets or sets the incident shown on the detail page; null when not found.</summary>
    public IncidentDetails? Incident { get; set; }

    /// <summary>Gets or sets the identifier asked for on the detail page.</summary>
    public string? IncidentId { get; set; }

    public string IncidentUrl(string id) => Root + "/incidents/" + Uri.EscapeDataString(id);
}
