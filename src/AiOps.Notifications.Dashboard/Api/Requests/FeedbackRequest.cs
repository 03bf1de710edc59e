namespace AiOps.Notifications.Dashboard.Api.Requests;

/// <summary>The body of <c>POST /api/incidents/{id}/feedback</c>: whether the diagnosis helped.</summary>
internal sealed class FeedbackRequest
{
    /// <summary>Gets or sets whether the diagnosis helped. Required.</summary>
    public bool? Helpful { get; set; }

    /// <summary>Gets or sets a comment.</summary>
    public string? Comment { get; set; }

    /// <summary>Gets or sets who gives the feedback.</summary>
    public string? By { get; set; }
}
