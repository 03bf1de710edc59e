using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Ingest;

public sealed class IngestVerificationTests
{
    private const string Secret = "s3cret-token";

    private static readonly byte[] SigningKey = Encoding.UTF8.GetBytes("a-signing-key-of-32-bytes-length");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Bearer " + Secret, HttpStatusCode.OK)]
    [InlineData("bearer " + Secret, HttpStatusCode.OK)]
    [InlineData("BEARER  " + Secret, HttpStatusCode.OK)]
    [InlineData("Bearer wrong", HttpStatusCode.Unauthorized)]
    [InlineData("Basic " + Secret, HttpStatusCode.Unauthorized)]
    [InlineData(Secret, HttpStatusCode.Unauthorized)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Post_BearerSecret_OnlyMatchingTokenIsAccepted(string? authorization, HttpStatusCode expected)
    {
        await using var sut = await CreateSutAsync(o => o.Ingest["grafana"] = new AiOpsIngestSourceOptions
        {
            Verification = IngestVerification.SharedSecret, Secret = Secret,
        });
        var headers = authorization is null ? [] : new[] { ("Authorization", authorization) };

        var response = await sut.Client.SendAsync(
            HttpMethod.Post, "/aiops/api/ingest/grafana", Payloads.GrafanaFiring, headers);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Post_BasicSecret_AcceptsUserAndPassword()
    {
        await using var sut = await CreateSutAsync(o => o.Ingest["alertmanager"] = new AiOpsIngestSourceOptions
        {
            Verification = IngestVerification.SharedSecret, Secret = Secret, Username = "am",
        });
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("am:" + Secret));

        var ok = await sut.Client.SendAsync(
            HttpMethod.Post, "/aiops/api/ingest/alertmanager", Payloads.Sample, ("Authorization", basic));
        var bearer = await sut.Client.SendAsync(
            HttpMethod.Post, "/aiops/api/ingest/alertmanager", Payloads.Sample, ("Authorization", "Bearer " + Secret));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bearer.StatusCode);
    }

    [Fact]
    public async Task Post_StandardWebhooksSignature_ValidAccepted()
    {
        await using var sut = await CreateSignedSutAsync();
        var body = Payloads.Generic;

        var response = await sut.Client.SendAsync(
            HttpMethod.Post, "/aiops/api/ingest/generic", body, Sign("msg_1", DashboardTestHost.Now, body));

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_StandardWebhooksSignature_TamperedBodyRefused()
    {
        await using var sut = await CreateSignedSutAsync();
        var headers = Sign("msg_1", DashboardTestHost.Now, Payloads.Generic);

        var response = await sut.Client.SendAsync(
            HttpMethod.Post, "/aiops/api/ingest/generic", Payloads.Generic.Replace("prod", "dev"), headers);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(0, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    [Fact]
    public async Task Post_StandardWebhooksSignature_StaleTimestampRefused()
    {
        await using var sut = await CreateSignedSutAsync();
        var body = Payloads.Generic;

        var response = await sut.Client.SendAsync(HttpMethod.Post, "/aiops/api/ingest/generic", body,
            Sign("msg_1", DashboardTestHost.Now.AddMinutes(-10), body));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    private static Task<DashboardTestHost> CreateSignedSutAsync() =>
        CreateSutAsync(o => o.Ingest["generic"] = new AiOpsIngestSourceOptions
        {
            Verification = IngestVerification.StandardWebhooks,
            Secret = "whsec_" + Convert.ToBase64String(SigningKey),
        });

    private static (string, string)[] Sign(string id, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HMACSHA256.HashData(SigningKey, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return
        [
            ("webhook-id", id),
            ("webhook-timestamp", timestamp),
            ("webhook-signature", "v1,bm90LWl0 v1," + Convert.ToBase64String(signature)),
        ];
    }

    private static Task<DashboardTestHost> CreateSutAsync(Action<AiOpsApiOptions> configure) =>
        DashboardTestHost.StartAsync(new()
        {
            ConfigureServices = services => services.Configure(configure),
        });
}
