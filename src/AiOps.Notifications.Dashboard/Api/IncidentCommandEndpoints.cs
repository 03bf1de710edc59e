using AiOps.Notifications.Dashboard.Api.Requests;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.OpenApi;
using AiOps.Notifications.Dashboard.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Maps the incident commands: report, acknowledge, resolve, attach a diagnosis, give feedback.</summary>
/// <remarks>Reporting is how services tell of a failure, so it stays open on a read-only mount; the rest are
/// operator actions and are refused there.</remarks>
internal static class IncidentCommandEndpoints
{
    public static void MapIncidentCommands(this RouteGroupBuilder api, DashboardMount mount)
    {
        var limit = mount.Options.MaxApiBodyBytes;
        api.MapPost("/incidents", (HttpContext c, IIncidentManager m) => ReportAsync(c, m, mount))
            .WithSummary("Report an incident (opens one, or folds into the open one with the same fingerprint)")
            .AcceptsJson<ReportIncidentRequest>().WithJsonExample(ApiExamples.ReportIncident)
            .Produces<Incident>(StatusCodes.Status201Created).Produces<Incident>().ProducesValidationProblem()
            .WithResponseHeader(StatusCodes.Status201Created, "Location", "The new incident.")
            .WithResponseHeader(StatusCodes.Status201Created, "Content-Location", "The new incident.")
            .WithResponseHeader(
                StatusCodes.Status200OK, "Content-Location", "The open incident the report was folded into.")
            .WithMetadata(OpenWhenReadOnly.Instance);
        api.MapPost("/incidents/{id}/acknowledge", (string id, HttpContext c, IIncidentManager m) =>
                ChangeAsync(id, c, limit, (by, ct) => m.AcknowledgeAsync(id, by, ct), ResolvedConflict))
            .WithSummary("Acknowledge an open incident; escalation stops (again: the first acknowledgement stays)")
            .AcceptsJson<ActorRequest>().WithJsonExample(ApiExamples.Actor)
            .Produces<Incident>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/incidents/{id}/resolve", (string id, HttpContext c, IIncidentManager m) =>
                ChangeAsync(id, c, limit, (by, ct) => m.ResolveAsync(id, by, ct)))
            .WithSummary("Resolve an incident")
            .AcceptsJson<ActorRequest>().WithJsonExample(ApiExamples.Actor)
            .Produces<Incident>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/incidents/{id}/diagnosis", (string id, HttpContext c, IIncidentManager m, TimeProvider t) =>
                DiagnoseAsync(id, c, m, t, limit))
            .WithSummary("Attach a diagnosis to an incident")
            .AcceptsJson<DiagnosisRequest>().WithJsonExample(ApiExamples.Diagnosis)
            .Produces<Incident>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/incidents/{id}/feedback", (string id, HttpContext c, IIncidentManager m) =>
                FeedbackAsync(id, c, m, limit))
            .WithSummary("Say whether the incident's diagnosis helped")
            .AcceptsJson<FeedbackRequest>().WithJsonExample(ApiExamples.Feedback)
            .Produces<DiagnosisFeedback>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ReportAsync(
        HttpContext context, IIncidentManager incidents, DashboardMount mount)
    {
        var (body, problem) = await JsonBody.ReadAsync(
            context, DashboardJsonContext.Default.ReportIncidentRequest, mount.Options.MaxApiBodyBytes)
            .ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new ApiValidation()
            .Required("title", body!.Title, ApiValidation.MediumText)
            .Optional("message", body.Message, ApiValidation.LongText)
            .Optional("component", body.Component).Optional("category", body.Category)
            .Optional("source", body.Source).Optional("fingerprint", body.Fingerprint, ApiValidation.MediumText)
            .Map("labels", body.Labels).Map("annotations", body.Annotations)
            .Defined("level", body.Level).Defined("priority", body.Priority).Date("startedAt", body.StartedAt);
        if (!validation.IsValid)
        {
            return DashboardProblems.Invalid("The incident report is not valid", validation.Errors);
        }

        return await ApiResults.RunAsync(async () =>
        {
            var incident = await incidents.ReportAsync(ToReport(body), context.RequestAborted).ConfigureAwait(false);
            return Reported(context, mount, incident);
        }).ConfigureAwait(false);
    }

    // A new incident has one occurrence and a fold raises the count: the snapshot the manager returns from under
    // the fingerprint's lock tells the two apart, with no second read that a concurrent report could race.
    private static IResult Reported(HttpContext context, DashboardMount mount, Incident incident)
    {
        var url = DashboardPath.Root(context.Request, mount) + "/api/incidents/" + Uri.EscapeDataString(incident.Id);
        context.Response.Headers.ContentLocation = url;
        if (incident.OccurrenceCount > 1)
        {
            return ApiResults.Json(incident, DashboardJsonContext.Default.Incident);
        }

        context.Response.Headers.Location = url;
        return ApiResults.Json(incident, DashboardJsonContext.Default.Incident, StatusCodes.Status201Created);
    }

    private static async Task<IResult> ChangeAsync(
        string id,
        HttpContext context,
        long limit,
        Func<string?, CancellationToken, Task<Incident?>> change,
        Func<Incident, IResult?>? conflict = null)
    {
        var (body, problem) = await JsonBody.ReadAsync(
            context, DashboardJsonContext.Default.ActorRequest, limit, optional: true).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new ApiValidation().Optional("by", body!.By);
        if (!validation.IsValid)
        {
            return DashboardProblems.Invalid("The request is not valid", validation.Errors);
        }

        return await ApiResults.RunAsync(async () =>
        {
            var incident = await change(body.By, context.RequestAborted).ConfigureAwait(false);
            return incident is null
                ? DashboardProblems.IncidentNotFound(id)
                : conflict?.Invoke(incident) ?? ApiResults.Json(incident, DashboardJsonContext.Default.Incident);
        }).ConfigureAwait(false);
    }

    private static IResult? ResolvedConflict(Incident incident) => incident.Status == IncidentStatus.Resolved
        ? DashboardProblems.Conflict(
            "The incident is resolved", $"Incident '{incident.Id}' is resolved; it can no longer be acknowledged.")
        : null;

    private static async Task<IResult> DiagnoseAsync(
        string id, HttpContext context, IIncidentManager incidents, TimeProvider time, long limit)
    {
        var (body, problem) = await JsonBody.ReadAsync(
            context, DashboardJsonContext.Default.DiagnosisRequest, limit).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new ApiValidation()
            .Required("probableCause", body!.ProbableCause, ApiValidation.LongText)
            .Required("agentName", body.AgentName).List("solutionSteps", body.SolutionSteps, required: false)
            .Check(body.Confidence is null or (>= 0 and <= 1), "confidence", "'confidence' must be from 0 to 1.");
        if (!validation.IsValid)
        {
            return DashboardProblems.Invalid("The diagnosis is not valid", validation.Errors);
        }

        var diagnosis = new Diagnosis
        {
            ProbableCause = body.ProbableCause!,
            AgentName = body.AgentName!,
            SolutionSteps = body.SolutionSteps ?? [],
            Confidence = body.Confidence ?? 0,
            ProducedAt = time.GetUtcNow(),
        };
        return await ApiResults.RunAsync(async () =>
        {
            var incident = await incidents.AttachDiagnosisAsync(id, diagnosis, context.RequestAborted)
                .ConfigureAwait(false);
            return incident is null
                ? DashboardProblems.IncidentNotFound(id)
                : ApiResults.Json(incident, DashboardJsonContext.Default.Incident);
        }).ConfigureAwait(false);
    }

    private static async Task<IResult> FeedbackAsync(
        string id, HttpContext context, IIncidentManager incidents, long limit)
    {
        var (body, problem) = await JsonBody.ReadAsync(
            context, DashboardJsonContext.Default.FeedbackRequest, limit).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new ApiValidation()
            .Check(body!.Helpful is not null, "helpful", "'helpful' is required (true or false).")
            .Optional("comment", body.Comment, ApiValidation.MaxMapValue).Optional("by", body.By);
        if (!validation.IsValid)
        {
            return DashboardProblems.Invalid("The feedback is not valid", validation.Errors);
        }

        return await ApiResults.RunAsync(async () =>
        {
            var feedback = await incidents.GiveFeedbackAsync(
                id, body.Helpful!.Value, body.Comment, body.By, context.RequestAborted).ConfigureAwait(false);
            return feedback is null
                ? DashboardProblems.IncidentNotFound(id)
                : ApiResults.Json(
                    feedback, DashboardJsonContext.Default.DiagnosisFeedback, StatusCodes.Status201Created);
        }).ConfigureAwait(false);
    }

    private static IncidentReport ToReport(ReportIncidentRequest body) => new()
    {
        Title = body.Title!,
        Message = body.Message,
        Component = body.Component,
        Category = body.Category,
        Source = string.IsNullOrWhiteSpace(body.Source) ? "api" : body.Source,
        Level = body.Level ?? IncidentLevel.Error,
        Priority = body.Priority,
        Fingerprint = string.IsNullOrWhiteSpace(body.Fingerprint) ? null : body.Fingerprint,
        Labels = body.Labels,
        Annotations = body.Annotations,
        StartedAt = body.StartedAt,
    };
}
