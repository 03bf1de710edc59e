using AiOps.Notifications.Dashboard.Api.Requests;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Maps publishing a custom notification and test-sending to one channel.</summary>
internal static class NotificationCommandEndpoints
{
    public static void MapNotificationCommands(this RouteGroupBuilder api, long limit)
    {
        api.MapPost("/notifications", (HttpContext c, INotificationPublisher p) => PublishAsync(c, p, limit))
            .WithSummary("Publish a custom notification (routed unless channels are given)")
            .AcceptsJson<PublishNotificationRequest>().WithJsonExample(ApiExamples.Publish)
            .Produces<Notification>(StatusCodes.Status202Accepted).ProducesValidationProblem();
        api.MapPost("/channels/{name}/test", (string name, HttpContext c, INotificationPublisher p) =>
                TestAsync(name, c, p, limit))
            .WithSummary("Send a test message through one channel")
            .AcceptsJson<TestSendRequest>().WithJsonExample(ApiExamples.TestSend)
            .Produces<Notification>(StatusCodes.Status202Accepted).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> PublishAsync(HttpContext context, INotificationPublisher publisher, long limit)
    {
        var (body, problem) = await JsonBody.ReadAsync(
            context, DashboardJsonContext.Default.PublishNotificationRequest, limit).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new ApiValidation()
            .Required("type", body!.Type).Required("title", body.Title, ApiValidation.MediumText)
            .Optional("incidentId", body.IncidentId)
            .Defined("priority", body.Priority).Map("labels", body.Labels).Map("data", body.Data)
            .List("channels", body.Channels, required: false).Map("recipients", body.Recipients);
        if (!validation.IsValid)
        {
            return DashboardProblems.Invalid("The notification is not valid", validation.Errors);
        }

        var request = new NotificationRequest
        {
            Type = body.Type!,
            Title = body.Title!,
            Priority = body.Priority ?? NotificationPriority.Medium,
            IncidentId = body.IncidentId,
            Labels = body.Labels,
            Data = body.Data,
            Channels = body.Channels,
            Recipients = body.Recipients,
        };
        return await PublishAsync(publisher, request, "channels", context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> TestAsync(
        string name, HttpContext context, INotificationPublisher publisher, long limit)
    {
        var (body, problem) = await JsonBody.ReadAsync(
            context, DashboardJsonContext.Default.TestSendRequest, limit, optional: true).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new ApiValidation()
            .Optional("recipient", body!.Recipient, ApiValidation.MaxMapValue)
            .Optional("title", body.Title, ApiValidation.MediumText);
        if (!validation.IsValid)
        {
            return DashboardProblems.Invalid("The test message is not valid", validation.Errors);
        }

        var request = new NotificationRequest
        {
            Type = NotificationTypes.Test,
            Title = string.IsNullOrWhiteSpace(body.Title) ? "AiOps test message" : body.Title,
            Priority = NotificationPriority.Low,
            Channels = [name],
            Recipients = string.IsNullOrWhiteSpace(body.Recipient)
                ? null
                : new Dictionary<string, string> { [name] = body.Recipient },
        };
        return await PublishAsync(publisher, request, null, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task<IResult> PublishAsync(
        INotificationPublisher publisher, NotificationRequest request, string? field, CancellationToken ct) =>
        ApiResults.RunAsync(async () =>
        {
            try
            {
                var notification = await publisher.PublishAsync(request, ct).ConfigureAwait(false);
                return ApiResults.Json(
                    notification, DashboardJsonContext.Default.Notification, StatusCodes.Status202Accepted);
            }
            catch (ArgumentException exception)
            {
                // The publisher refuses unknown channel names; the message names the channel.
                return field is null
                    ? DashboardProblems.NotFound("Channel", request.Channels![0])
                    : DashboardProblems.Invalid(
                        "The notification is not valid", new Dictionary<string, string[]>
                        {
                            [field] = [ErrorText.Of(exception)],
                        });
            }
        });
}
