namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>The generic inbound format: one event from any tool that can post JSON.</summary>
internal sealed class GenericEvent
{
    /// <summary>Gets or sets the sending tool, such as <c>nightly-backup</c>. Required.</summary>
    public string? Source { get; set; }

    /// <summary>Gets or sets an idempotency key: an event with a key seen within the window is dropped.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets <c>firing</c> (the default) or <c>resolved</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Gets or sets a one-line summary. Required when firing.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the full message.</summary>
    public string? Message { get; set; }

    /// <summary>Gets or sets the failing component.</summary>
    public string? Component { get; set; }

    /// <summary>Gets or sets the kind of failure.</summary>
    public string? Category { get; set; }

    /// <summary>Gets or sets the level: Info, Warning, Error (the default) or Critical.</summary>
    public string? Level { get; set; }

    /// <summary>Gets or sets the identity of the failure within the source. Required when resolved.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>Gets or sets the identifying labels.</summary>
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>Gets or sets descriptive annotations.</summary>
    public Dictionary<string, string>? Annotations { get; set; }

    /// <summary>Gets or sets when the failure started.</summary>
    public DateTimeOffset? StartedAt { get; set; }
}
