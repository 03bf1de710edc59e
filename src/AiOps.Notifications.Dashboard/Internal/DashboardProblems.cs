using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Internal;

/// <summary>The ProblemDetails answers of the dashboard, with a stable <c>type</c> URI per kind of error.</summary>
internal static class DashboardProblems
{
    public const string TypePrefix = "https://aiops.dev/problems/";

    public static IResult RemoteRefused() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "The AiOps dashboard answers local requests only",
        detail: "Give the dashboard an authorization policy (RequireAuthorization on MapAiOpsDashboard) " +
            "or send an API key to open it to other machines.",
        type: TypePrefix + "local-only");

    public static IResult ReadOnly() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "The dashboard is read-only",
        detail: "This mount was mapped with ReadOnly = true; operator actions are refused.",
        type: TypePrefix + "read-only");

    public static IResult CrossSite() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "A request from another site is refused",
        detail: "The browser says this request comes from another origin (Sec-Fetch-Site or Origin). " +
            "Send it from the dashboard itself, or from a client that is not a browser.",
        type: TypePrefix + "cross-site");

    public static IResult Invalid(string title, IDictionary<string, string[]> errors) => TypedResults.ValidationProblem(
        errors,
        title: title,
        type: TypePrefix + "validation");

    public static IResult IncidentNotFound(string id) => NotFound("Incident", id);

    public static IResult NotFound(string kind, string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: kind + " not found",
        detail: $"No {kind.ToLowerInvariant()} has the id '{Shorten(id)}'.",
        type: TypePrefix + "not-found");

    public static IResult NoSuchEndpoint(string path) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such API endpoint",
        detail: $"Nothing answers at '{Shorten(path)}'; the mount's openapi/v1.json lists every endpoint.",
        type: TypePrefix + "not-found");

    public static IResult MethodNotAllowed(string method, IEnumerable<string> allowed) => TypedResults.Problem(
        statusCode: StatusCodes.Status405MethodNotAllowed,
        title: "The method is not allowed here",
        detail: $"This path does not answer {Shorten(method)}; it answers {string.Join(", ", allowed)}.",
        type: TypePrefix + "method-not-allowed");

    public static IResult Conflict(string title, string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: title,
        detail: detail,
        type: TypePrefix + "conflict");

    public static IResult Unauthorized(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "The request is not authenticated",
        detail: detail,
        type: TypePrefix + "unauthorized");

    public static IResult TooLarge(long limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large",
        detail: $"The body must not exceed {limit.ToString(CultureInfo.InvariantCulture)} bytes.",
        type: TypePrefix + "body-too-large");

    public static IResult UnsupportedMediaType() => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "The request body must be JSON",
        detail: "Send the body with Content-Type: application/json.",
        type: TypePrefix + "unsupported-media-type");

    public static IResult UnsupportedContentEncoding(string coding) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "The request body's content encoding is not supported",
        detail: $"The body is encoded as '{Shorten(coding)}'; send it uncompressed, without Content-Encoding.",
        type: TypePrefix + "unsupported-content-encoding");

    public static IResult RateLimited(TimeSpan retryAfter) => new RetryAfterResult(
        TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: "This client sent too many requests; wait for Retry-After seconds.",
            type: TypePrefix + "rate-limited"),
        retryAfter);

    public static IResult Overloaded(TimeSpan retryAfter) => new RetryAfterResult(
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The notification queue is full",
            detail: "Nothing new was stored; send the request again after Retry-After seconds.",
            type: TypePrefix + "overloaded"),
        retryAfter);

    private static string Shorten(string value) => value.Length <= 100 ? value : value[..100] + "…";
}
