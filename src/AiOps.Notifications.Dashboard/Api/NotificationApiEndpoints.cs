using System.Globalization;
using AiOps.Notifications.Dashboard.Api.Requests;
using AiOps.Notifications.Dashboard.Api.Responses;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Queries;
using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Maps the notification reads: list and get, with deliveries and attempts.</summary>
internal static class NotificationApiEndpoints
{
    private const int MaxTake = 200;

    public static void MapNotificationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/notifications", ListAsync)
            .WithSummary("List notifications, newest first")
            .WithDescription("Filters: type, incidentId, skip, take (1-200).")
            .Produces<NotificationList>().ProducesValidationProblem();
        api.MapGet("/notifications/{id}", GetAsync)
            .WithSummary("Get one notification with its deliveries and attempts")
            .Produces<NotificationDetails>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpContext context, NotificationQueries queries)
    {
        var request = context.Request.Query;
        var validation = new ApiValidation()
            .Optional("type", Text(request, "type")).Optional("incidentId", Text(request, "incidentId"));
        var skip = Number(request, "skip", 0, int.MaxValue, 0, validation);
        var take = Number(request, "take", 1, MaxTake, 50, validation);
        if (!validation.IsValid)
        {
            return DashboardProblems.Invalid("The notification filters are not valid", validation.Errors);
        }

        var query = new NotificationQuery
        {
            Type = Text(request, "type"), IncidentId = Text(request, "incidentId"), Skip = skip, Take = take,
        };
        var list = await queries.ListNotificationsAsync(query, context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Json(list, DashboardJsonContext.Default.NotificationList);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, NotificationQueries queries)
    {
        var details = await queries.GetNotificationAsync(id, context.RequestAborted).ConfigureAwait(false);
        return details is null
            ? DashboardProblems.NotFound("Notification", id)
            : TypedResults.Json(details, DashboardJsonContext.Default.NotificationDetails);
    }

    private static string? Text(IQueryCollection query, string name)
    {
        var value = query[name].ToString().Trim();
        return value.Length == 0 ? null : value;
    }

    private static int Number(
        IQueryCollection query, string name, int min, int max, int fallback, ApiValidation validation)
    {
        var value = Text(query, name);
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            && parsed >= min && parsed <= max)
        {
            return parsed;
        }

        validation.Add(name, string.Create(
            CultureInfo.InvariantCulture, $"'{name}' must be a whole number from {min} to {max}."));
        return fallback;
    }
}
