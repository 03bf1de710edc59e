using System.Net;
using System.Text.Json;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace AiOps.Notifications.Dashboard.Tests.Reports;

public sealed class ReportEndpointsTests
{
    private const string Period = "from=2026-12-01T00:00:00Z&to=2026-12-04T00:00:00Z";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExportReport_Pdf_ReadsBackWithTableChartAndNonAscii()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Äpfel-Dienst ausgefallen", Component = "äpfel" }, Ct);

        var response = await sut.Client.GetAsync($"/aiops/api/reports/export?format=pdf&{Period}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(pdf.NumberOfPages >= 1);
        var text = string.Concat(pdf.GetPages().Select(page => page.Text));
        Assert.Contains("Operations report", text, StringComparison.Ordinal);
        Assert.Contains("Incidents by level", text, StringComparison.Ordinal);
        Assert.Contains("äpfel", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportIncidents_Csv_StreamsAttachmentWithHeader()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "=cmd|' /C calc'!A0", Component = "api" }, Ct);

        var response = await sut.Client.GetAsync($"/aiops/api/incidents/export?format=csv&{Period}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("aiops-incidents-20261201-20261204.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("id,fingerprint,title", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("\"'=cmd|' /C calc'!A0\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("incidents", "title", "Disk \"full\" on db-1")]
    [InlineData("notifications", "type", "incident.detected")]
    public async Task Export_Json_StreamsAnArrayOverTheServersAsyncOnlyResponse(
        string kind, string property, string expected)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk \"full\" on db-1", Component = "db" }, Ct);

        var response = await sut.Client.GetAsync($"/aiops/api/{kind}/export?format=json&{Period}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(expected, item.GetProperty(property).GetString());
    }

    [Theory]
    [InlineData("incidents")]
    [InlineData("notifications")]
    public async Task Export_CsvOfManyPages_StreamsEveryRowOverTheServersAsyncOnlyResponse(string kind)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var message = new string('x', 400);
        for (var i = 0; i < 700; i++)
        {
            await sut.Incidents.ReportAsync(new IncidentReport { Title = $"Disk full {i}", Message = message }, Ct);
        }

        var response = await sut.Client.GetAsync($"/aiops/api/{kind}/export?format=csv&{Period}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(701, lines.Length);
    }

    [Fact]
    public async Task Report_DefaultPeriod_ReturnsJsonFigures()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Incidents.ReportAsync(new IncidentReport { Title = "Down", Component = "api" }, Ct);

        var response = await sut.Client.GetAsync("/aiops/api/reports", Ct);

        var json = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, json.GetProperty("incidents").GetProperty("total").GetInt32());
        Assert.Equal("api", json.GetProperty("incidents").GetProperty("byComponent")[0].GetProperty("key").GetString());
    }

    [Theory]
    [InlineData("/aiops/api/reports/export?format=xlsx")]
    [InlineData("/aiops/api/notifications/export?from=yesterday")]
    [InlineData("/aiops/api/incidents/export?from=2026-12-04T00:00:00Z&to=2026-12-01T00:00:00Z")]
    public async Task Export_BadQuery_ReturnsValidationProblem(string url)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/aiops/api/reports?from=0001-01-01T00:00:00Z&to=0001-01-02T00:00:00Z", "from")]
    [InlineData("/aiops/api/reports?to=0001-01-01T00:00:00Z", "to")]
    [InlineData("/aiops/api/reports/export?from=9999-12-31T00:00:00Z&to=9999-12-31T23:59:59.9999999Z", "from")]
    [InlineData("/aiops/api/incidents/export?from=2026-12-01T00:00:00Z&to=9999-12-31T23:59:59Z", "to")]
    public async Task Report_DateOutsideWindow_Returns400NamingParameter(string url, string field)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync(url, Ct);

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }
}
