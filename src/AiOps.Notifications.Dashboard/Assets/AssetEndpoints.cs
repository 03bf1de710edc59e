using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace AiOps.Notifications.Dashboard.Assets;

/// <summary>Maps <c>GET {prefix}/assets/dashboard.css</c>, served from the assembly with caching headers.</summary>
internal static class AssetEndpoints
{
    public const string StylesheetPath = "/assets/dashboard.css";

    public static void MapDashboardAssets(this RouteGroupBuilder group, DashboardMount mount)
    {
        group.MapGet(StylesheetPath, ServeStylesheet)
            .WithName(mount.Prefix + ":stylesheet");
    }

    public static string StylesheetUrl(string root) => root + StylesheetPath + "?v=" + DashboardAssets.Current.Version;

    private static IResult ServeStylesheet(HttpContext context)
    {
        var assets = DashboardAssets.Current;
        var etag = new EntityTagHeaderValue("\"" + assets.Version + "\"");

        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(365) };

        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(assets.Stylesheet, "text/css; charset=utf-8");
    }
}
