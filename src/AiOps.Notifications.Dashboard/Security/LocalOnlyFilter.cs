using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>Answers 403 to non-local requests until the endpoint carries an authorization policy.</summary>
internal sealed class LocalOnlyFilter(ILogger<LocalOnlyFilter> logger) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var http = context.HttpContext;
        if (HasAuthorizationPolicy(http) || RequestOrigin.IsLocal(http))
        {
            return next(context);
        }

        Log.RemoteRequestRefused(logger);
        return ValueTask.FromResult<object?>(DashboardProblems.RemoteRefused());
    }

    private static bool HasAuthorizationPolicy(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        return metadata?.GetMetadata<IAuthorizeData>() is not null
            || metadata?.GetMetadata<AuthorizationPolicy>() is not null;
    }
}
