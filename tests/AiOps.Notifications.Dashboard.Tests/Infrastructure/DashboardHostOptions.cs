using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>How a test host is set up.</summary>
internal sealed record DashboardHostOptions
{
    public string Prefix { get; init; } = "/aiops";

    public string? PathBase { get; init; }

    /// <summary>Gets configuration entries, such as <c>AiOps:Dashboard:Api:RateLimit:PermitLimit</c>.</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }

    /// <summary>Gets the remote address every request appears to come from.</summary>
    public IPAddress? RemoteIp { get; init; } = IPAddress.Loopback;

    public bool WithAuthentication { get; init; }

    /// <summary>Gets a value indicating whether the host runs the authentication and authorization middleware.</summary>
    public bool UseAuthenticationMiddleware { get; init; }

    public Action<AiOpsDashboardEndpointConventionBuilder>? ConfigureMount { get; init; }

    public Action<AiOpsDashboardOptions>? ConfigureOptions { get; init; }

    /// <summary>Gets a change to the notifications builder, such as another channel.</summary>
    public Action<AiOpsNotificationsBuilder>? ConfigureNotifications { get; init; }

    /// <summary>Gets a change to the services after the core and the dashboard are added.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
