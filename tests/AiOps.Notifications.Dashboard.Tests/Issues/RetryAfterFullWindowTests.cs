using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Dashboard.Tests.Issues;

/// <summary>The API's 429 always said <c>Retry-After: 60</c>, the whole window, even 12 seconds into it.</summary>
public sealed class RetryAfterFullWindowTests
{
    [Theory]
    [InlineData(12, 48)]
    [InlineData(59.6, 1)]
    [InlineData(0, 60)]
    public async Task Get_AboveLimitIntoWindow_RetryAfterIsTheWholeSecondsLeft(double intoWindow, int retryAfter)
    {
        await using var sut = await CreateSutAsync();
        await FillWindowAsync(sut);
        Time(sut).Advance(TimeSpan.FromSeconds(intoWindow));

        using var response = await GetAsync(sut);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(retryAfter), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Get_AfterRetryAfter_IsAnswered()
    {
        await using var sut = await CreateSutAsync();
        await FillWindowAsync(sut);
        Time(sut).Advance(TimeSpan.FromSeconds(12));
        using var refused = await GetAsync(sut);

        Time(sut).Advance(refused.Headers.RetryAfter!.Delta!.Value);
        using var response = await GetAsync(sut);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static FakeTimeProvider Time(DashboardTestHost sut) =>
        (FakeTimeProvider)sut.Services.GetRequiredService<TimeProvider>();

    private static Task<HttpResponseMessage> GetAsync(DashboardTestHost sut) =>
        sut.Client.GetAsync("/aiops/api/incidents", TestContext.Current.CancellationToken);

    private static async Task FillWindowAsync(DashboardTestHost sut)
    {
        for (var i = 0; i < 2; i++)
        {
            using var response = await GetAsync(sut);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static Task<DashboardTestHost> CreateSutAsync() =>
        DashboardTestHost.StartAsync(new()
        {
            ConfigureServices = services => services.Configure<AiOpsApiOptions>(o =>
            {
                o.RateLimit.Enabled = true;
                o.RateLimit.PermitLimit = 2;
                o.RateLimit.Window = TimeSpan.FromMinutes(1);
            }),
        });
}
