using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace AiOps.Notifications.Dashboard.OpenApi;

/// <summary>Registers the OpenAPI 3.1 document of the dashboard's REST API.</summary>
internal static class DashboardOpenApi
{
    /// <summary>The document name; API endpoints carry it as group name, so host documents leave them out.</summary>
    public const string DocumentName = "aiops";

    private const string AnyContentType = "*/*";

    public static void Add(IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            // Every GET endpoint answers HEAD too (HeadWithGet); HEAD needs no operation of its own.
            options.ShouldInclude = description =>
                string.Equals(description.GroupName, DocumentName, StringComparison.Ordinal)
                && !HttpMethods.IsHead(description.HttpMethod ?? "");
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "AiOps.Notifications API",
                    Version = "v1",
                    Description = "Incidents, notifications, silences, routing and inbound webhooks. "
                        + "JSON is camelCase with enums as strings; errors are RFC 9457 problem details.",
                };
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
                if (type.IsEnum)
                {
                    // The API writes enums as strings (JsonStringEnumConverter); say so in the schema.
                    schema.Type = JsonSchemaType.String;
                    schema.Format = null;
                    schema.Enum = [.. Enum.GetNames(type).Select(name => (JsonNode)JsonValue.Create(name))];
                }

                return Task.CompletedTask;
            });
        });
    }

    /// <summary>Describes a JSON request body while letting every content type reach the handler.</summary>
    /// <remarks>
    /// Routing would answer a wrong content type with an empty 415; the handler answers it with ProblemDetails.
    /// The wildcard is removed from the OpenAPI document.
    /// </remarks>
    public static RouteHandlerBuilder AcceptsJson<T>(this RouteHandlerBuilder builder)
        where T : notnull =>
        builder.Accepts<T>("application/json", AnyContentType).AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody?.Content?.Remove(AnyContentType);
            return Task.CompletedTask;
        });

    /// <summary>Lists query parameters, each a string, in the operation of the OpenAPI document.</summary>
    /// <remarks>For handlers that read the query themselves, so the document cannot infer them.</remarks>
    public static RouteHandlerBuilder WithQueryParameters(
        this RouteHandlerBuilder builder, params (string Name, string Description)[] parameters) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description) in parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Description = description,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }

            return Task.CompletedTask;
        });

    /// <summary>Describes a header of one of the operation's responses in the OpenAPI document.</summary>
    public static RouteHandlerBuilder WithResponseHeader(
        this RouteHandlerBuilder builder, int statusCode, string name, string description) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var key = statusCode.ToString(CultureInfo.InvariantCulture);
            if (operation.Responses?.GetValueOrDefault(key) is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers[name] = new OpenApiHeader
                {
                    Description = description,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" },
                };
            }

            return Task.CompletedTask;
        });

    /// <summary>Adds an example request body to the operation in the OpenAPI document.</summary>
    public static RouteHandlerBuilder WithJsonExample(this RouteHandlerBuilder builder, string json) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody?.Content is { } content
                && content.TryGetValue("application/json", out var media))
            {
                media.Example = JsonNode.Parse(json);
            }

            return Task.CompletedTask;
        });
}
