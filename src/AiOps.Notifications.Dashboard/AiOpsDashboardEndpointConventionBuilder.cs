using Microsoft.AspNetCore.Builder;

namespace AiOps.Notifications.Dashboard;

/// <summary>The endpoints of one dashboard mount; chain <c>RequireAuthorization</c> and others on it.</summary>
/// <remarks>
/// Conventions apply to every page, API and ingest endpoint of the mount. Once an endpoint carries
/// authorization metadata, the local-only default steps aside and the host's policy decides, except on the
/// inbound webhooks of a verified source, which their own credentials admit.
/// </remarks>
public sealed class AiOpsDashboardEndpointConventionBuilder : IEndpointConventionBuilder
{
    private readonly IEndpointConventionBuilder _inner;

    internal AiOpsDashboardEndpointConventionBuilder(IEndpointConventionBuilder inner, string prefix)
    {
        _inner = inner;
        Prefix = prefix;
    }

    /// <summary>Gets the route prefix of the mount, such as <c>/aiops</c>.</summary>
    public string Prefix { get; }

    /// <summary>Adds a convention to every endpoint of the mount.</summary>
    /// <param name="convention">The convention.</param>
    public void Add(Action<EndpointBuilder> convention) => _inner.Add(convention);

    /// <summary>Adds a convention that runs after all others, to every endpoint of the mount.</summary>
    /// <param name="finallyConvention">The convention.</param>
    public void Finally(Action<EndpointBuilder> finallyConvention) => _inner.Finally(finallyConvention);
}
