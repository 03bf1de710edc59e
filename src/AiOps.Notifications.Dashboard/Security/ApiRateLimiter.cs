using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>The process-wide limiter behind <see cref="ApiRateLimitFilter"/>, built from options once.</summary>
internal sealed class ApiRateLimiter : IDisposable
{
    public ApiRateLimiter(IOptions<AiOpsApiOptions> options, TimeProvider time)
    {
        var settings = options.Value.RateLimit;
        Window = settings.Window;
        if (settings.Enabled)
        {
            Limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.Get(
                client, _ => new ApiWindowLimiter(settings.PermitLimit, settings.Window, time)));
        }
    }

    public PartitionedRateLimiter<string>? Limiter { get; }

    public TimeSpan Window { get; }

    public void Dispose()
    {
        try
        {
            Limiter?.Dispose();
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(inner => inner is ArgumentException))
        {
            // A partition whose limiter could not be built from the settings holds nothing to release.
        }
    }
}
