namespace AiOps.Notifications.Channels;

/// <summary>How one delivery attempt ended, as a value: channels return failures, they do not throw them.</summary>
public sealed record DeliveryResult
{
    private DeliveryResult(AttemptOutcome outcome, int? statusCode, string? detail, TimeSpan? retryAfter)
    {
        Outcome = outcome;
        StatusCode = statusCode;
        Detail = detail;
        RetryAfter = retryAfter;
    }

    /// <summary>Gets how the attempt ended.</summary>
    public AttemptOutcome Outcome { get; }

    /// <summary>Gets the HTTP status or SMTP reply code, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>Gets the service's answer or the error, free of secrets.</summary>
    public string? Detail { get; }

    /// <summary>Gets how long the service asked to wait before the next attempt (<c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Gets a value indicating whether the message reached the service.</summary>
    public bool Succeeded => Outcome is AttemptOutcome.Delivered or AttemptOutcome.Accepted;

    // Results are immutable, so the most common one is made once.
    private static DeliveryResult PlainDelivered { get; } = new(AttemptOutcome.Delivered, null, null, null);

    /// <summary>Creates a result for a confirmed delivery.</summary>
    /// <param name="statusCode">The status or reply code.</param>
    /// <param name="detail">The service's answer.</param>
    /// <returns>The result.</returns>
    public static DeliveryResult Delivered(int? statusCode = null, string? detail = null) =>
        statusCode is null && detail is null ? PlainDelivered : new(AttemptOutcome.Delivered, statusCode, detail, null);

    /// <summary>Creates a result for a message accepted for later processing.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="detail">The service's answer.</param>
    /// <returns>The result.</returns>
    public static DeliveryResult Accepted(int? statusCode = null, string? detail = null) =>
        new(AttemptOutcome.Accepted, statusCode, detail, null);

    /// <summary>Creates a result for a failure that a later attempt may fix.</summary>
    /// <param name="detail">What went wrong.</param>
    /// <param name="statusCode">The status or reply code.</param>
    /// <param name="retryAfter">How long the service asked to wait.</param>
    /// <returns>The result.</returns>
    public static DeliveryResult Transient(string detail, int? statusCode = null, TimeSpan? retryAfter = null) =>
        new(AttemptOutcome.TransientFailure, statusCode, detail, retryAfter);

    /// <summary>Creates a result for a failure that retrying cannot fix.</summary>
    /// <param name="detail">What went wrong.</param>
    /// <param name="statusCode">The status or reply code.</param>
    /// <returns>The result.</returns>
    public static DeliveryResult Permanent(string detail, int? statusCode = null) =>
        new(AttemptOutcome.PermanentFailure, statusCode, detail, null);
}
