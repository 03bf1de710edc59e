using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>
/// Marks an inbound webhook whose source was verified (shared secret or signature) when the mount was mapped:
/// its own credentials admit the sender, from any address and outside the mount's authorization policy, whose
/// challenge (a login redirect, say) a machine sender could not answer.
/// </summary>
/// <param name="Source">The inbound source, such as <c>alertmanager</c>.</param>
internal sealed record VerifiedIngest(string Source)
{
    /// <summary>Marks the endpoint and lets it skip the host's policy when the source is verified.</summary>
    public static void Admit(RouteHandlerBuilder endpoint, IEndpointRouteBuilder routes, string source)
    {
        var options = routes.ServiceProvider.GetRequiredService<IOptionsMonitor<AiOpsApiOptions>>();
        if (IngestVerifier.IsVerified(options.CurrentValue, source))
        {
            endpoint.AllowAnonymous().WithMetadata(new VerifiedIngest(source));
        }
    }

    /// <summary>Gets the marker of the endpoint the request reached, if any.</summary>
    public static VerifiedIngest? Of(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<VerifiedIngest>();
}
