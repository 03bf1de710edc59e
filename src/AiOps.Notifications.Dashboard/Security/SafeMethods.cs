using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>Tells the HTTP methods that change nothing (GET, HEAD, OPTIONS, TRACE) from the rest.</summary>
internal static class SafeMethods
{
    /// <summary>Returns whether the method is safe: the mount never changes state for it.</summary>
    public static bool Contains(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
        || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
