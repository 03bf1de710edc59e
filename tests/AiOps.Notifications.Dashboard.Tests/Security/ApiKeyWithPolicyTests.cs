using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Security;

public sealed class ApiKeyWithPolicyTests
{
    private const string Key = "aiops_policy-key";

    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");

    [Fact]
    public async Task Get_PolicyNamingApiKeyScheme_KeyOrUserPassesAndNothingElse()
    {
        await using var sut = await DashboardTestHost.StartAsync(new()
        {
            RemoteIp = Remote,
            ConfigureServices = services =>
            {
                services.AddAuthentication(TestAuthHandler.SchemeName)
                    .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null)
                    .AddAiOpsApiKey();
                services.AddAuthorization(o => o.AddPolicy("ops-or-key", p => p
                    .AddAuthenticationSchemes(
                        TestAuthHandler.SchemeName, AiOpsApiKeyAuthenticationExtensions.DefaultScheme)
                    .RequireAuthenticatedUser()));
                services.Configure<AiOpsApiOptions>(o =>
                    o.ApiKeys["robot"] = new AiOpsApiKeyOptions { Sha256 = AiOpsApiKeys.Hash(Key) });
            },
            UseAuthenticationMiddleware = true,
            ConfigureOptions = o => o.AuthorizationPolicy = "ops-or-key",
        });

        var withKey = await sut.Client.SendAsync(HttpMethod.Get, "/aiops/api/incidents", null, ("X-Api-Key", Key));
        var withUser = await sut.Client.SendAsync(
            HttpMethod.Get, "/aiops/api/incidents", null, (TestAuthHandler.Header, "alice"));
        var wrongKey = await sut.Client.SendAsync(HttpMethod.Get, "/aiops/api/incidents", null, ("X-Api-Key", "x"));
        var nobody = await sut.Client.SendAsync(HttpMethod.Get, "/aiops/api/incidents", null);

        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withUser.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
    }
}
