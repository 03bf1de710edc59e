namespace AiOps.Notifications.Dashboard.Api.Requests;

/// <summary>The body of <c>POST /api/incidents/{id}/diagnosis</c>.</summary>
internal sealed class DiagnosisRequest
{
    /// <summary>Gets or sets the probable cause. Required.</summary>
    public string? ProbableCause { get; set; }

    /// <summary>Gets or sets the steps that should fix the incident, in order.</summary>
    public List<string>? SolutionSteps { get; set; }

    /// <summary>Gets or sets the agent's confidence between 0 and 1.</summary>
    public double? Confidence { get; set; }

    /// <summary>Gets or sets the name of the agent. Required.</summary>
    public string? AgentName { get; set; }
}
