using System.Threading.RateLimiting;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>A lease of <see cref="ApiWindowLimiter"/>; a refused one says when to retry.</summary>
internal sealed class ApiWindowLease : RateLimitLease
{
    private readonly TimeSpan? _retryAfter;

    private ApiWindowLease(bool isAcquired, TimeSpan? retryAfter)
    {
        IsAcquired = isAcquired;
        _retryAfter = retryAfter;
    }

    /// <summary>Gets the lease of an acquired permit; it holds nothing to release.</summary>
    public static ApiWindowLease Acquired { get; } = new(true, null);

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames =>
        _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    /// <summary>Returns a refused lease that tells the client to retry after <paramref name="retryAfter"/>.</summary>
    public static ApiWindowLease Refused(TimeSpan retryAfter) => new(false, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = wait;
            return true;
        }

        metadata = null;
        return false;
    }
}
