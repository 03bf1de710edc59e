using AiOps.Notifications.Dashboard.Api.Requests;
using AiOps.Notifications.Dashboard.Api.Responses;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Maps the silences: list, read, create and expire.</summary>
internal static class SilenceApiEndpoints
{
    public static void MapSilenceApi(this RouteGroupBuilder api, DashboardMount mount)
    {
        var limit = mount.Options.MaxApiBodyBytes;
        api.MapGet("/silences", ListAsync)
            .WithSummary("List silences, newest first; expired ones with includeExpired=true")
            .Produces<SilenceList>().ProducesValidationProblem();
        api.MapGet("/silences/{id}", GetAsync)
            .WithSummary("Read one silence, expired or not")
            .Produces<Silence>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/silences", (HttpContext c, ISilenceManager s) => CreateAsync(c, s, mount, limit))
            .WithSummary("Create a silence: matching notifications are recorded, not sent")
            .AcceptsJson<CreateSilenceRequest>().WithJsonExample(ApiExamples.Silence)
            .Produces<Silence>(StatusCodes.Status201Created).ProducesValidationProblem()
            .WithResponseHeader(StatusCodes.Status201Created, "Location", "The new silence.");
        api.MapPost("/silences/{id}/expire", ExpireAsync)
            .WithSummary("End a silence now")
            .Produces<Silence>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpContext context, ISilenceManager silences)
    {
        var raw = context.Request.Query["includeExpired"].ToString();
        var includeExpired = false;
        if (raw.Length > 0 && !bool.TryParse(raw, out includeExpired))
        {
            return DashboardProblems.Invalid("The silence filters are not valid", new Dictionary<string, string[]>
            {
                ["includeExpired"] = ["'includeExpired' must be true or false."],
            });
        }

        var list = await silences.ListAsync(includeExpired, context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Json(new SilenceList(list), DashboardJsonContext.Default.SilenceList);
    }

    // Silences are few (hundreds at most), so one is read from the full list rather than through a store call.
    private static async Task<IResult> GetAsync(string id, HttpContext context, ISilenceManager silences)
    {
        var list = await silences.ListAsync(includeExpired: true, context.RequestAborted).ConfigureAwait(false);
        return list.FirstOrDefault(silence => silence.Id == id) is { } found
            ? TypedResults.Json(found, DashboardJsonContext.Default.Silence)
            : DashboardProblems.NotFound("Silence", id);
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context, ISilenceManager silences, DashboardMount mount, long limit)
    {
        var (body, problem) = await JsonBody.ReadAsync(
            context, DashboardJsonContext.Default.CreateSilenceRequest, limit).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new ApiValidation()
            .List("matchers", body!.Matchers, required: true)
            .Check(body.EndsAt is not null, "endsAt", "'endsAt' is required.")
            .Date("startsAt", body.StartsAt).Date("endsAt", body.EndsAt)
            .Optional("createdBy", body.CreatedBy).Optional("comment", body.Comment, ApiValidation.MaxMapValue);
        if (!validation.IsValid)
        {
            return DashboardProblems.Invalid("The silence is not valid", validation.Errors);
        }

        try
        {
            var silence = await silences.CreateAsync(body.Matchers!, body.StartsAt, body.EndsAt!.Value,
                body.CreatedBy, body.Comment, context.RequestAborted).ConfigureAwait(false);
            context.Response.Headers.Location =
                DashboardPath.Root(context.Request, mount) + "/api/silences/" + Uri.EscapeDataString(silence.Id);
            return ApiResults.Json(silence, DashboardJsonContext.Default.Silence, StatusCodes.Status201Created);
        }
        catch (ArgumentException exception)
        {
            // The manager refuses matchers that do not parse and an end that is not after the start.
            var field = exception.Message.Contains("match", StringComparison.OrdinalIgnoreCase) ? "matchers" : "endsAt";
            return DashboardProblems.Invalid("The silence is not valid", new Dictionary<string, string[]>
            {
                [field] = [ErrorText.Of(exception)],
            });
        }
    }

    private static async Task<IResult> ExpireAsync(string id, HttpContext context, ISilenceManager silences)
    {
        var silence = await silences.ExpireAsync(id, context.RequestAborted).ConfigureAwait(false);
        return silence is null
            ? DashboardProblems.NotFound("Silence", id)
            : TypedResults.Json(silence, DashboardJsonContext.Default.Silence);
    }
}
