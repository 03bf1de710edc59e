using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>
/// Refuses every state-changing request of a read-only mount with 403, forms and API alike, except the
/// endpoints marked <see cref="OpenWhenReadOnly"/> (inbound reports from machines, queries sent as POST).
/// </summary>
/// <remarks>
/// The rule is by method, not by a list of actions, so an endpoint added later is refused until it is marked.
/// </remarks>
internal sealed class ReadOnlyFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var http = context.HttpContext;
        if (SafeMethods.Contains(http.Request.Method)
            || http.GetEndpoint()?.Metadata.GetMetadata<OpenWhenReadOnly>() is not null)
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(DashboardProblems.ReadOnly());
    }
}
