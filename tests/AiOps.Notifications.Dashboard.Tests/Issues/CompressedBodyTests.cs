using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Issues;

/// <summary>A body sent with <c>Content-Encoding: gzip</c> was parsed as JSON and refused with 400 "'0x1F' is an
/// invalid start of a value"; RFC 9110 §15.5.16 answers an unsupported content coding with 415.</summary>
public sealed class CompressedBodyTests
{
    private const string Incident = """{"title":"Disk full"}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/aiops/api/incidents")]
    [InlineData("/aiops/api/silences")]
    [InlineData("/aiops/api/ingest/alertmanager")]
    [InlineData("/aiops/api/ingest/grafana")]
    [InlineData("/aiops/api/ingest/generic")]
    public async Task Post_GzipBody_Returns415NamingTheEncoding(string url)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        using var response = await sut.Client.PostAsync(url, Gzip(Payloads.Sample), Ct);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(
            "https://aiops.dev/problems/unsupported-content-encoding", problem.GetProperty("type").GetString());
        Assert.Contains("'gzip'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("identity", response.Headers.GetValues("Accept-Encoding").Single());
        Assert.Equal(0, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    [Fact]
    public async Task Post_IdentityEncoding_IsAccepted()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var content = Payloads.Json(Incident);
        content.Headers.ContentEncoding.Add("identity");

        using var response = await sut.Client.PostAsync("/aiops/api/incidents", content, Ct);

        await HttpAssert.JsonAsync(response, HttpStatusCode.Created);
    }

    private static ByteArrayContent Gzip(string json)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }
}
