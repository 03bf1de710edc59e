namespace AiOps.Notifications;

/// <summary>How one attempt to deliver ended.</summary>
public enum AttemptOutcome
{
    /// <summary>The channel confirmed delivery.</summary>
    Delivered = 0,

    /// <summary>The service accepted the message for later processing.</summary>
    Accepted = 1,

    /// <summary>A failure worth retrying: timeout, network error, 5xx, 429.</summary>
    TransientFailure = 2,

    /// <summary>A failure that retrying cannot fix: a rejected payload, bad credentials, a revoked URL.</summary>
    PermanentFailure = 3,
}
