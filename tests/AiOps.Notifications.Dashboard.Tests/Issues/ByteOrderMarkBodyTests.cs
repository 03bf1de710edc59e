using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Issues;

/// <summary>A body starting with a UTF-8 byte order mark (Windows PowerShell 5, writers on Encoding.UTF8) was
/// refused with 400 "'0xEF' is an invalid start of a value".</summary>
public sealed class ByteOrderMarkBodyTests
{
    private static readonly byte[] SigningKey = Encoding.UTF8.GetBytes("a-test-signing-key-of-32-bytes!!");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_ApiCommandWithByteOrderMark_Returns201()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        using var response = await sut.Client.PostAsync(
            "/aiops/api/incidents", WithByteOrderMark("""{"title":"Disk full"}"""), Ct);

        var incident = await HttpAssert.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal("Disk full", incident.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/aiops/api/ingest/alertmanager")]
    [InlineData("/aiops/api/ingest/generic")]
    public async Task Post_IngestWithByteOrderMark_Returns200(string url)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var body = url.EndsWith("generic", StringComparison.Ordinal) ? Payloads.Generic : Payloads.Sample;

        using var response = await sut.Client.PostAsync(url, WithByteOrderMark(body), Ct);

        var summary = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, summary.GetProperty("opened").GetInt32());
    }

    [Fact]
    public async Task Post_SignedIngestWithByteOrderMark_VerifiesTheBytesAsSent()
    {
        await using var sut = await CreateSignedSutAsync();
        var content = WithByteOrderMark(Payloads.Generic);
        Sign(content, await content.ReadAsByteArrayAsync(Ct));

        using var response = await sut.Client.PostAsync("/aiops/api/ingest/generic", content, Ct);

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_SignatureOverBodyWithoutTheMark_Returns401()
    {
        await using var sut = await CreateSignedSutAsync();
        var content = WithByteOrderMark(Payloads.Generic);
        Sign(content, Encoding.UTF8.GetBytes(Payloads.Generic));

        using var response = await sut.Client.PostAsync("/aiops/api/ingest/generic", content, Ct);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    private static ByteArrayContent WithByteOrderMark(string json)
    {
        var content = new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(json)]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static void Sign(HttpContent content, byte[] signedBody)
    {
        var timestamp = DashboardTestHost.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes("msg_1." + timestamp + ".").Concat(signedBody).ToArray();
        content.Headers.Add("webhook-id", "msg_1");
        content.Headers.Add("webhook-timestamp", timestamp);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(SigningKey, signed));
        content.Headers.Add("webhook-signature", "v1," + signature);
    }

    private static Task<DashboardTestHost> CreateSignedSutAsync() =>
        DashboardTestHost.StartAsync(new()
        {
            ConfigureServices = services => services.Configure<AiOpsApiOptions>(o =>
                o.Ingest["generic"] = new AiOpsIngestSourceOptions
                {
                    Verification = IngestVerification.StandardWebhooks,
                    Secret = "whsec_" + Convert.ToBase64String(SigningKey),
                }),
        });
}
