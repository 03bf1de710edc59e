using System.Net;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>Tells whether a request comes from the local machine.</summary>
internal static class RequestOrigin
{
    /// <summary>Returns whether the request's remote address is loopback and it did not pass through a proxy.</summary>
    /// <remarks>
    /// A reverse proxy on the same machine connects from loopback, so a request that still carries forwarding
    /// headers (not consumed by the forwarded-headers middleware) counts as remote. An unknown address counts
    /// as remote too.
    /// </remarks>
    public static bool IsLocal(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is null)
        {
            return false;
        }

        if (remote.IsIPv4MappedToIPv6)
        {
            remote = remote.MapToIPv4();
        }

        return IPAddress.IsLoopback(remote) && !HasForwardingHeaders(context.Request.Headers);
    }

    // Any header a proxy uses to name the original client means the request is not really local.
    private static bool HasForwardingHeaders(IHeaderDictionary headers) =>
        headers.ContainsKey("X-Forwarded-For") || headers.ContainsKey("Forwarded")
        || headers.ContainsKey("X-Real-IP") || headers.ContainsKey("X-Client-IP") || headers.ContainsKey("True-Client-IP");
}
