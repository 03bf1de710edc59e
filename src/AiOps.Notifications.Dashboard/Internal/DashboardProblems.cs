using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Internal;

/// <summary>The ProblemDetails answers of the dashboard, each with a stable <c>type</c>.</summary>
internal static class DashboardProblems
{
    private const string TypePrefix = "urn:aiops:problem:";

    public static IResult RemoteRefused() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "The AiOps dashboard answers local requests only",
        detail: "Give the dashboard an authorization policy (RequireAuthorization on MapAiOpsDashboard) " +
            "to open it to other machines.",
        type: TypePrefix + "local-only");

    public static IResult Invalid(string title, IDictionary<string, string[]> errors) => TypedResults.ValidationProblem(
        errors,
        title: title,
        type: TypePrefix + "validation");

    public static IResult IncidentNotFound(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Incident not found",
        detail: $"No incident has the id '{id}'.",
        type: TypePrefix + "incident-not-found");

    public static IResult TooLarge(long limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large",
        detail: $"The body must not exceed {limit.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes.",
        type: TypePrefix + "body-too-large");

    public static IResult UnsupportedMediaType() => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "The request body must be JSON",
        detail: "Send the body with Content-Type: application/json.",
        type: TypePrefix + "unsupported-media-type");

    public static IResult Overloaded(TimeSpan retryAfter) => new RetryAfterResult(
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The notification queue is full",
            detail: "The payload was not processed; send it again later.",
            type: TypePrefix + "overloaded"),
        retryAfter);
}
