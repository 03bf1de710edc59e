namespace AiOps.Notifications.Dashboard.Api.Requests;

/// <summary>The optional body of acknowledge and resolve: who does it.</summary>
internal sealed class ActorRequest
{
    /// <summary>Gets or sets who acts, at most 200 characters.</summary>
    public string? By { get; set; }
}
