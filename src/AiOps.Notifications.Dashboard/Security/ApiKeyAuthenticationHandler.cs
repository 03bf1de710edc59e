using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>Authenticates a request by its AiOps API key, for hosts whose policy names this scheme.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyValidator keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiKeyValidator.ReadKey(Request) is not { } presented)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (keys.Validate(presented) is not { } name)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is unknown or revoked."));
        }

        Context.Items[ApiClient.KeyNameItem] = name;
        var ticket = new AuthenticationTicket(ApiClient.Principal(name, Scheme.Name), Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }
}
