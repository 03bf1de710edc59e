using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>
/// Refuses a state-changing request that a browser says comes from another site, so a page the operator visits
/// cannot post to the mount with the operator's local address or cookies (cross-site request forgery).
/// </summary>
/// <remarks>
/// <para>GET, HEAD, OPTIONS and TRACE pass: they change nothing. Otherwise the browser's own headers decide, and
/// no script can set them: <c>Sec-Fetch-Site</c> when present (<c>same-origin</c> and <c>none</c> pass,
/// <c>same-site</c> and <c>cross-site</c> are refused), else <c>Origin</c>, which must name the request's own
/// scheme, host and port as ASP.NET sees them (after <c>UseForwardedHeaders</c>).</para>
/// <para>A request with neither header (curl, Alertmanager, a service) is not from a browser and passes.</para>
/// </remarks>
internal sealed class CrossSiteFilter(ILogger<CrossSiteFilter> logger) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var request = context.HttpContext.Request;
        if (SafeMethods.Contains(request.Method) || !IsCrossSite(request))
        {
            return next(context);
        }

        Log.CrossSiteRequestRefused(logger, request.Method);
        return ValueTask.FromResult<object?>(DashboardProblems.CrossSite());
    }

    /// <summary>Returns whether the browser that sent the request says it comes from another origin.</summary>
    public static bool IsCrossSite(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            // "none" is a navigation the user started (typed address, bookmark); any other value is another site.
            return !site.Equals("same-origin", StringComparison.OrdinalIgnoreCase)
                && !site.Equals("none", StringComparison.OrdinalIgnoreCase);
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && !IsSameOrigin(origin, request);
    }

    // "null" (a sandboxed frame, a file) and anything that does not parse count as another origin.
    private static bool IsSameOrigin(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var claimed)
            || !request.Host.HasValue
            || !Uri.TryCreate(request.Scheme + "://" + request.Host.Value, UriKind.Absolute, out var own))
        {
            return false;
        }

        return claimed.Scheme.Equals(own.Scheme, StringComparison.OrdinalIgnoreCase)
            && claimed.IdnHost.Equals(own.IdnHost, StringComparison.OrdinalIgnoreCase)
            && claimed.Port == own.Port;
    }
}
