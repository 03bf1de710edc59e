using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Security;

public sealed class ApiKeyTests
{
    private const string Key = "aiops_test-key-for-ci";

    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_RemoteWithValidKeyHeader_Returns200()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.Client.SendAsync(HttpMethod.Get, "/aiops/api/incidents", null, ("X-Api-Key", Key));

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_RemoteWithAuthorizationApiKey_Returns200()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.Client.SendAsync(
            HttpMethod.Get, "/aiops/api/incidents", null, ("Authorization", "ApiKey " + Key));

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("aiops_wrong")]
    [InlineData("")]
    public async Task Get_RemoteWithWrongOrNoKey_IsRefused(string key)
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.Client.SendAsync(HttpMethod.Get, "/aiops/api/incidents", null, ("X-Api-Key", key));

        var expected = key.Length == 0 ? HttpStatusCode.Forbidden : HttpStatusCode.Unauthorized;
        await HttpAssert.ProblemAsync(response, expected);
    }

    [Fact]
    public async Task Get_RevokedKey_Returns401()
    {
        await using var sut = await CreateSutAsync(revoked: true);

        var response = await sut.Client.SendAsync(HttpMethod.Get, "/aiops/api/incidents", null, ("X-Api-Key", Key));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("https://aiops.dev/problems/unauthorized", problem.GetProperty("type").GetString());
    }

    [Fact]
    public void Hash_Key_IsSha256HexAndNotTheKey()
    {
        var hash = AiOpsApiKeys.Hash(Key);

        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(Key, hash, StringComparison.Ordinal);
        Assert.NotEqual(AiOpsApiKeys.Generate(), AiOpsApiKeys.Generate());
    }

    private static Task<DashboardTestHost> CreateSutAsync(bool revoked = false) =>
        DashboardTestHost.StartAsync(new()
        {
            RemoteIp = Remote,
            ConfigureServices = services => services.Configure<AiOpsApiOptions>(o =>
                o.ApiKeys["ci"] = new AiOpsApiKeyOptions { Sha256 = AiOpsApiKeys.Hash(Key), Revoked = revoked }),
        });
}
