using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Runs a command and turns the engine's refusals into ProblemDetails answers.</summary>
internal static class ApiResults
{
    public static readonly TimeSpan OverloadRetryAfter = TimeSpan.FromSeconds(30);

    public static async Task<IResult> RunAsync(Func<Task<IResult>> command)
    {
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (QueueFullException)
        {
            return DashboardProblems.Overloaded(OverloadRetryAfter);
        }
        catch (InvalidOperationException exception)
        {
            return DashboardProblems.Conflict("The request conflicts with the current state", exception.Message);
        }
    }

    public static IResult Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo,
        int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Json(value, typeInfo, statusCode: statusCode);
}
