using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Api;

/// <summary><c>service==checkout</c> was stored as <c>service="=checkout"</c>, a silence that never matches.</summary>
public sealed class SilenceMatcherTests
{
    [Fact]
    public async Task Create_MatcherWithDoubledOperator_Returns400NamingMatchers()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync(
            "/aiops/api/silences", """{"matchers":["service==checkout"],"endsAt":"2026-12-03T12:00:00Z"}""");

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("matchers")[0].GetString();
        Assert.StartsWith("'service==checkout' has '=' right after the operator '='.", message, StringComparison.Ordinal);
        Assert.Empty(await sut.Store.GetSilencesAsync(DashboardTestHost.Now, TestContext.Current.CancellationToken));
    }
}
