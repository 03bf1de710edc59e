using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>
/// Answers 403 to non-local requests until the endpoint carries an authorization policy; a valid API key
/// opens the mount to a machine client too, and an invalid one is refused with 401.
/// </summary>
internal sealed class LocalOnlyFilter(ApiKeyValidator keys, ILogger<LocalOnlyFilter> logger) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var http = context.HttpContext;
        var presented = ApiKeyValidator.ReadKey(http.Request);
        if (presented is not null && http.User.FindFirst(ApiClient.ApiKeyClaim) is null)
        {
            if (keys.Validate(presented) is not { } name)
            {
                Log.ApiKeyRefused(logger);
                return ValueTask.FromResult<object?>(DashboardProblems.Unauthorized(
                    "The API key is unknown or revoked."));
            }

            http.Items[ApiClient.KeyNameItem] = name;
            http.User = ApiClient.Principal(name, "ApiKey");
            return next(context);
        }

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
