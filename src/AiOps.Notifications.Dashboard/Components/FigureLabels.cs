using AiOps.Notifications.Dashboard.Queries;

namespace AiOps.Notifications.Dashboard.Components;

/// <summary>The human names of the headline figures.</summary>
internal static class FigureLabels
{
    public static string For(string name) => name switch
    {
        DashboardMetrics.Incidents => "Incidents detected",
        DashboardMetrics.Diagnoses => "Diagnoses produced",
        DashboardMetrics.MeanTimeToResolve => "Mean time to resolution",
        DashboardMetrics.ResolutionRate => "Resolution rate",
        _ => name,
    };
}
