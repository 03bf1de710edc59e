using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Internal;

/// <summary>Builds the prefix and the links of a mount, following the request's path base.</summary>
internal static class DashboardPath
{
    public static string NormalizePrefix(string prefix)
    {
        var trimmed = prefix.Trim().Trim('/');
        if (trimmed.Contains('{', StringComparison.Ordinal) || trimmed.Contains('?', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The dashboard prefix '{prefix}' must be a plain path such as '/aiops', without route parameters.",
                nameof(prefix));
        }

        return trimmed.Length == 0 ? "" : "/" + trimmed;
    }

    /// <summary>Gets the mount's root as the browser sees it: path base and prefix, e.g. <c>/ops/aiops</c>.</summary>
    public static string Root(HttpRequest request, DashboardMount mount) =>
        request.PathBase.Add(new PathString(mount.Prefix)).ToUriComponent();
}
