namespace AiOps.Notifications.Dashboard.Api.Requests;

/// <summary>The optional body of <c>POST /api/channels/{name}/test</c>.</summary>
internal sealed class TestSendRequest
{
    /// <summary>Gets or sets the recipient; the channel's default when not set.</summary>
    public string? Recipient { get; set; }

    /// <summary>Gets or sets the title; <c>AiOps test message</c> when not set.</summary>
    public string? Title { get; set; }
}
