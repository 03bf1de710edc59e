using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>
/// Answers 403 to non-local requests until the endpoint carries an authorization policy; a valid API key
/// opens the mount to a machine client too, and an invalid one is refused with 401. An inbound webhook of a
/// verified source is left to its own verification.
/// </summary>
internal sealed class LocalOnlyFilter(ApiKeyValidator keys, IngestVerifier verifier, ILogger<LocalOnlyFilter> logger)
    : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var http = context.HttpContext;
        var verifiedIngest = VerifiedIngest.Of(http);
        if (verifiedIngest is not null && verifier.IsVerified(verifiedIngest.Source))
        {
            return next(context);
        }

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

        // A webhook mapped as verified skipped the host's policy; if its verification has since been switched
        // off, only the local machine (or an API key) may use it.
        var policyApplied = verifiedIngest is null && HasAuthorizationPolicy(http);
        if (policyApplied || RequestOrigin.IsLocal(http))
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
