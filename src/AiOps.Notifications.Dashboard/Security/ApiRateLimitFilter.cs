using System.Threading.RateLimiting;
using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>Limits API requests per client (API key name, else remote address); answers 429 with Retry-After.</summary>
internal sealed class ApiRateLimitFilter(ApiRateLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        if (limiter.Limiter is not { } partitioned)
        {
            return await next(context).ConfigureAwait(false);
        }

        using var lease = partitioned.AttemptAcquire(ApiClient.Partition(context.HttpContext));
        if (lease.IsAcquired)
        {
            return await next(context).ConfigureAwait(false);
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limiter.Window;
        return DashboardProblems.RateLimited(retryAfter);
    }
}
