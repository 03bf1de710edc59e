using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>The ProblemDetails answers of the dashboard's forms, each with a stable <c>type</c> in the API's
/// scheme.</summary>
internal static class PageProblems
{
    private const string TypePrefix = DashboardProblems.TypePrefix;

    public static IResult Antiforgery() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The form's antiforgery token is missing or invalid",
        detail: "Reload the page and send the form again.",
        type: TypePrefix + "antiforgery");

    public static IResult Conflict(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The action does not fit the current state",
        detail: detail,
        type: TypePrefix + "conflict");
}
