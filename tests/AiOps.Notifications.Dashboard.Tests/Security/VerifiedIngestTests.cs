using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Security;

public sealed class VerifiedIngestTests
{
    private const string Url = "/aiops/api/ingest/alertmanager";

    private const string Secret = "am-token";

    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");

    private static readonly Dictionary<string, string?> SharedSecret = new()
    {
        ["AiOps:Dashboard:Api:Ingest:alertmanager:Verification"] = "SharedSecret",
        ["AiOps:Dashboard:Api:Ingest:alertmanager:Secret"] = Secret,
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Bearer " + Secret, HttpStatusCode.OK, 1)]
    [InlineData("Bearer wrong", HttpStatusCode.Unauthorized, 0)]
    [InlineData(null, HttpStatusCode.Unauthorized, 0)]
    public async Task Post_RemoteVerifiedSource_ItsCredentialsDecide(string? authorization, HttpStatusCode expected,
        int stored)
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { RemoteIp = Remote, Settings = SharedSecret });

        var response = await PostAsync(sut, authorization);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(stored, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    [Fact]
    public async Task Post_VerifiedSourceUnderHostPolicy_AdmittedWithoutSigningIn()
    {
        await using var sut = await StartUnderPolicyAsync();

        var admitted = await PostAsync(sut, "Bearer " + Secret);
        var refused = await PostAsync(sut, "Bearer wrong");
        var generic = await sut.Client.PostAsync(
            "/aiops/api/ingest/generic", Payloads.Json(Payloads.Generic), Ct);

        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        await HttpAssert.ProblemAsync(refused, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, generic.StatusCode); // the policy's challenge: not verified
        Assert.Equal(1, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    [Fact]
    public async Task Post_VerificationSwitchedOffAfterStart_RemoteRefused()
    {
        await using var sut = await StartUnderPolicyAsync();
        var configuration = (IConfigurationRoot)sut.Services.GetRequiredService<IConfiguration>();
        configuration["AiOps:Dashboard:Api:Ingest:alertmanager:Verification"] = "None";
        configuration.Reload();

        var response = await PostAsync(sut, "Bearer " + Secret);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("https://aiops.dev/problems/local-only", problem.GetProperty("type").GetString());
        Assert.Equal(0, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    private static Task<DashboardTestHost> StartUnderPolicyAsync() =>
        DashboardTestHost.StartAsync(new()
        {
            RemoteIp = Remote,
            Settings = SharedSecret,
            WithAuthentication = true,
            ConfigureMount = mount => mount.RequireAuthorization(DashboardTestHost.PolicyName),
        });

    private static async Task<HttpResponseMessage> PostAsync(DashboardTestHost sut, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = Payloads.Json(Payloads.Sample) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await sut.Client.SendAsync(request, Ct);
    }
}
