using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>
/// The API routes of one mount and the methods each answers, collected as its endpoints are built, so the
/// mount's fallback can tell a wrong method (405) from an unknown path (404) and answer both with a problem.
/// </summary>
/// <remarks>
/// Scoped to the mount's <c>/api</c> group: the host's own 404 and 405 answers are left alone. It knows every
/// endpoint of the mount under <c>{prefix}/api/</c>, including those mapped outside the API group (report exports).
/// </remarks>
internal sealed class ApiRouteTable(string apiPrefix)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (TemplateMatcher Matcher, SortedSet<string> Methods)> _routes =
        new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps the fallback of the API group; it learns the routes of every endpoint of the mount.</summary>
    public static void MapFallback(RouteGroupBuilder mountGroup, RouteGroupBuilder api, DashboardMount mount)
    {
        var table = new ApiRouteTable(mount.Prefix + "/api/");
        ((IEndpointConventionBuilder)mountGroup).Add(table.Collect);
        api.MapFallback("{**path}", table.Answer).ExcludeFromDescription()
            .WithMetadata(OpenWhenReadOnly.Instance);
    }

    private void Collect(EndpointBuilder endpoint)
    {
        var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault();
        if (endpoint is not RouteEndpointBuilder { RoutePattern: { } pattern }
            || methods is not { HttpMethods.Count: > 0 }
            || pattern.RawText?.StartsWith(apiPrefix, StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        lock (_gate)
        {
            if (!_routes.TryGetValue(pattern.RawText ?? "", out var route))
            {
                route = (new TemplateMatcher(new RouteTemplate(pattern), []), new(StringComparer.Ordinal));
                _routes[pattern.RawText ?? ""] = route;
            }

            route.Methods.UnionWith(methods.HttpMethods);
        }
    }

    private IResult Answer(HttpContext context)
    {
        var allowed = new SortedSet<string>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (matcher, methods) in _routes.Values)
            {
                if (matcher.TryMatch(context.Request.Path, []))
                {
                    allowed.UnionWith(methods);
                }
            }
        }

        if (allowed.Count == 0)
        {
            return DashboardProblems.NoSuchEndpoint(context.Request.Path.Value ?? "");
        }

        context.Response.Headers.Allow = string.Join(", ", allowed);
        return DashboardProblems.MethodNotAllowed(context.Request.Method, allowed);
    }
}
