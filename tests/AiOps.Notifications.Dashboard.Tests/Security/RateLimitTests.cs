using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Security;

public sealed class RateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_AboveLimit_Returns429WithRetryAfter()
    {
        await using var sut = await CreateSutAsync(enabled: true);
        await sut.Client.GetAsync("/aiops/api/incidents", Ct);
        await sut.Client.GetAsync("/aiops/api/incidents", Ct);

        var response = await sut.Client.GetAsync("/aiops/api/incidents", Ct);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Equal("https://aiops.dev/problems/rate-limited", problem.GetProperty("type").GetString());
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Get_ApiKeyClient_HasItsOwnPartition()
    {
        await using var sut = await CreateSutAsync(enabled: true);
        await sut.Client.GetAsync("/aiops/api/incidents", Ct);
        await sut.Client.GetAsync("/aiops/api/incidents", Ct);

        var response = await sut.Client.SendAsync(
            HttpMethod.Get, "/aiops/api/incidents", null, ("X-Api-Key", "k1"));

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ingest_AboveLimit_IsNotRateLimited()
    {
        await using var sut = await CreateSutAsync(enabled: true);
        for (var i = 0; i < 2; i++)
        {
            await sut.Client.GetAsync("/aiops/api/incidents", Ct);
        }

        var response = await sut.Client.PostAsync(
            "/aiops/api/ingest/alertmanager", Payloads.Json(Payloads.Sample), Ct);

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_Disabled_NeverReturns429()
    {
        await using var sut = await CreateSutAsync(enabled: false);

        for (var i = 0; i < 5; i++)
        {
            var response = await sut.Client.GetAsync("/aiops/api/incidents", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static Task<DashboardTestHost> CreateSutAsync(bool enabled) =>
        DashboardTestHost.StartAsync(new()
        {
            ConfigureServices = services => services.Configure<AiOpsApiOptions>(o =>
            {
                o.RateLimit.Enabled = enabled;
                o.RateLimit.PermitLimit = 2;
                o.RateLimit.Window = TimeSpan.FromMinutes(5);
                o.ApiKeys["k1"] = new AiOpsApiKeyOptions { Sha256 = AiOpsApiKeys.Hash("k1") };
            }),
        });
}
