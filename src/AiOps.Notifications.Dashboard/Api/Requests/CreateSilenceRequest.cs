namespace AiOps.Notifications.Dashboard.Api.Requests;

/// <summary>The body of <c>POST /api/silences</c>.</summary>
internal sealed class CreateSilenceRequest
{
    /// <summary>Gets or sets the matchers, such as <c>service="checkout"</c>; at least one.</summary>
    public List<string>? Matchers { get; set; }

    /// <summary>Gets or sets when it starts; now when not set.</summary>
    public DateTimeOffset? StartsAt { get; set; }

    /// <summary>Gets or sets when it ends. Required, after the start.</summary>
    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>Gets or sets who creates it.</summary>
    public string? CreatedBy { get; set; }

    /// <summary>Gets or sets why.</summary>
    public string? Comment { get; set; }
}
