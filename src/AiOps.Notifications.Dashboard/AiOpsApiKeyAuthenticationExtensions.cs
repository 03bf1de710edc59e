using AiOps.Notifications.Dashboard.Security;
using Microsoft.AspNetCore.Authentication;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the AiOps API key authentication scheme.</summary>
public static class AiOpsApiKeyAuthenticationExtensions
{
    /// <summary>The default scheme name.</summary>
    public const string DefaultScheme = "AiOpsApiKey";

    /// <summary>
    /// Adds a scheme that authenticates <c>X-Api-Key</c> or <c>Authorization: ApiKey …</c> against the keys in
    /// <c>AiOps:Dashboard:Api:ApiKeys</c>; name it in the dashboard's policy with <c>AddAuthenticationSchemes</c>.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="scheme">The scheme name.</param>
    /// <returns>The builder.</returns>
    /// <remarks>The principal's name is the key's name; it carries the claim <c>aiops:api-key</c>.</remarks>
    public static AuthenticationBuilder AddAiOpsApiKey(
        this AuthenticationBuilder builder, string scheme = DefaultScheme)
    {
        ArgumentNullException.ThrowIfNull(builder);

        return builder.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(scheme, null);
    }
}
