using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace AiOps.Notifications.Dashboard.Assets;

/// <summary>Maps <c>GET {prefix}/assets/dashboard.css</c> and <c>.js</c>, served from the assembly with caching.</summary>
internal static class AssetEndpoints
{
    public const string StylesheetPath = "/assets/dashboard.css";

    public const string ScriptPath = "/assets/dashboard.js";

    public const string IconPath = "/assets/favicon.svg";

    public static void MapDashboardAssets(this RouteGroupBuilder group, DashboardMount mount)
    {
        group.MapGet(StylesheetPath, (HttpContext context) => Serve(context, DashboardAssets.Current.Stylesheet))
            .WithName(mount.Prefix + ":stylesheet");
        group.MapGet(ScriptPath, (HttpContext context) => Serve(context, DashboardAssets.Current.Script))
            .WithName(mount.Prefix + ":script");
        group.MapGet(IconPath, (HttpContext context) => Serve(context, DashboardAssets.Current.Icon))
            .WithName(mount.Prefix + ":icon");
    }

    public static string StylesheetUrl(string root) =>
        root + StylesheetPath + "?v=" + DashboardAssets.Current.Stylesheet.Version;

    public static string ScriptUrl(string root) => root + ScriptPath + "?v=" + DashboardAssets.Current.Script.Version;

    public static string IconUrl(string root) => root + IconPath + "?v=" + DashboardAssets.Current.Icon.Version;

    private static IResult Serve(HttpContext context, DashboardAsset asset)
    {
        var etag = new EntityTagHeaderValue("\"" + asset.Version + "\"");

        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(365) };

        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }
}
