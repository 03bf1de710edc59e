using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Internal;

/// <summary>
/// Lets every GET endpoint of a route group answer HEAD too, as HTTP requires wherever GET works (RFC 9110
/// §9.3.2): uptime checkers and <c>curl -I</c> send HEAD. The handler runs as for GET and the server sends the
/// headers without the body.
/// </summary>
/// <remarks>
/// A group convention runs after <c>MapGet</c> has added its <see cref="HttpMethodMetadata"/> and before the
/// conventions of nested groups, so those (the API's 405 fallback) see GET and HEAD.
/// </remarks>
internal static class HeadWithGet
{
    /// <summary>Adds the convention to the group; call it before mapping nested groups that read the methods.</summary>
    public static void AnswerHeadWithGet(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);

        ((IEndpointConventionBuilder)group).Add(Widen);
    }

    private static void Widen(EndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var index = metadata.Count - 1;
        while (index >= 0 && metadata[index] is not IHttpMethodMetadata)
        {
            index--;
        }

        // Routing reads the last method metadata only; an endpoint without one answers every method already.
        if (index >= 0 && metadata[index] is IHttpMethodMetadata methods
            && methods.HttpMethods.Any(HttpMethods.IsGet) && !methods.HttpMethods.Any(HttpMethods.IsHead))
        {
            metadata[index] = new HttpMethodMetadata(
                [.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight);
        }
    }
}
