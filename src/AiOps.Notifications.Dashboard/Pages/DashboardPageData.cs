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

    /// <summary>Gets or sets the section of the navigation the page belongs to.</summary>
    public string Section { get; set; } = "";

    /// <summary>Gets or sets a value indicating whether state-changing actions are hidden.</summary>
    public bool ReadOnly { get; set; }

    /// <summary>Gets or sets the antiforgery form field name; null in read-only mode.</summary>
    public string? AntiforgeryField { get; set; }

    /// <summary>Gets or sets the antiforgery request token; null in read-only mode.</summary>
    public string? AntiforgeryToken { get; set; }

    /// <summary>Gets or sets a message about the action just done (after a redirect), or null.</summary>
    public string? Notice { get; set; }

    /// <summary>Gets or sets the form sent back with an invalid value, or null.</summary>
    public FormFailure? FormFailure { get; set; }

    /// <summary>Gets or sets the current time, from the injected clock.</summary>
    public DateTimeOffset Now { get; set; }

    /// <summary>Gets or sets the incidents listed on the incidents or overview page.</summary>
    public IncidentList? Incidents { get; set; }

    /// <summary>Gets or sets the filters of the incidents page.</summary>
    public IncidentFilter? Filter { get; set; }

    /// <summary>Gets or sets the incident shown on the detail page; null when not found.</summary>
    public IncidentDetails? Incident { get; set; }

    /// <summary>Gets or sets the feedback on the incident's diagnosis.</summary>
    public IReadOnlyList<DiagnosisFeedback> Feedback { get; set; } = [];

    /// <summary>Gets or sets the identifier asked for on the detail page.</summary>
    public string? IncidentId { get; set; }

    /// <summary>Gets or sets the figures of the overview or reports page.</summary>
    public OverviewReport? Overview { get; set; }

    /// <summary>Gets or sets the data of the page when it has its own model.</summary>
    public object? Model { get; set; }

    public string EventsUrl => Root + "/events";

    public string IncidentUrl(string id) => Root + "/incidents/" + Uri.EscapeDataString(id);
}
