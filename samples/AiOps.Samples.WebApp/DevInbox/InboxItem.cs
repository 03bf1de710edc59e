namespace AiOps.Samples.WebApp.DevInbox;

/// <summary>One message the development inbox received: an e-mail or a webhook call.</summary>
public sealed record InboxItem
{
    /// <summary>Gets <c>mail</c> or <c>webhook</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets when it arrived.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Gets the sender (mail).</summary>
    public string? From { get; init; }

    /// <summary>Gets the recipients (mail).</summary>
    public IReadOnlyList<string> To { get; init; } = [];

    /// <summary>Gets the subject (mail).</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the plain-text body (mail).</summary>
    public string? Text { get; init; }

    /// <summary>Gets the HTML body (mail).</summary>
    public string? Html { get; init; }

    /// <summary>Gets the body (webhook).</summary>
    public string? Body { get; init; }

    /// <summary>Gets the request headers (webhook).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets whether the Standard Webhooks signature verified (webhook).</summary>
    public bool? SignatureValid { get; init; }

    /// <summary>Gets why verification failed, when it did (webhook).</summary>
    public string? SignatureError { get; init; }
}
