using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace AiOps.Notifications.Dashboard.OpenApi;

/// <summary>Maps <c>GET {prefix}/openapi/v1.json</c>, the OpenAPI 3.1 document of the API.</summary>
internal static class OpenApiDocumentEndpoint
{
    public static void MapDashboardOpenApi(this RouteGroupBuilder group)
    {
        group.MapGet("/openapi/v1.json", WriteAsync).ExcludeFromDescription();
    }

    private static async Task WriteAsync(HttpContext context)
    {
        var provider = context.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>(
            DashboardOpenApi.DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(context.RequestAborted).ConfigureAwait(false);

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(text.ToString(), context.RequestAborted).ConfigureAwait(false);
    }
}
