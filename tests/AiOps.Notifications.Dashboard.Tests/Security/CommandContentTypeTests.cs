using System.Net;
using System.Text;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Security;

/// <summary>A command body a page on another site could send without a preflight is not read as JSON.</summary>
public sealed class CommandContentTypeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("text/plain; a=json")]
    [InlineData("application/x-www-form-urlencoded; json=1")]
    [InlineData("text/json-ish")]
    public async Task Acknowledge_SimpleContentTypeMentioningJson_Returns415(string contentType)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        using var response = await PostAsync(sut, $"/aiops/api/incidents/{incident.Id}/acknowledge", contentType);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(IncidentStatus.New, (await sut.Store.FindIncidentAsync(incident.Id, Ct))!.Status);
    }

    [Fact]
    public async Task Acknowledge_JsonBodyWithoutContentType_Returns415()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        using var response = await PostAsync(sut, $"/aiops/api/incidents/{incident.Id}/acknowledge", null);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/merge-patch+json")]
    public async Task Acknowledge_JsonContentType_Acknowledges(string contentType)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        using var response = await PostAsync(sut, $"/aiops/api/incidents/{incident.Id}/acknowledge", contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_TextPlainMentioningJson_Returns415()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        using var content = new StringContent(Payloads.Sample, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("text/plain; a=json");

        using var response = await sut.Client.PostAsync("/aiops/api/ingest/alertmanager", content, Ct);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    private static Task<HttpResponseMessage> PostAsync(DashboardTestHost sut, string url, string? contentType)
    {
        var content = new StringContent("""{"by":"alice"}""", Encoding.UTF8);
        content.Headers.ContentType = contentType is null
            ? null
            : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return sut.Client.PostAsync(url, content, Ct);
    }
}
