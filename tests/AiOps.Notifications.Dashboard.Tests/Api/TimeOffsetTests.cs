using System.Net;
using System.Text.Json;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Api;

/// <summary>
/// A time without an offset (<c>"startedAt":"2026-12-04T10:00:00"</c>) was accepted and read in the server's time
/// zone, so the same request named different instants on different servers; the docs say times carry an offset.
/// </summary>
public sealed class TimeOffsetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/aiops/api/incidents", """{"title":"tz test","startedAt":"2026-12-02T10:00:00"}""", "$.startedAt")]
    [InlineData("/aiops/api/incidents", """{"title":"tz test","startedAt":"2026-12-02"}""", "$.startedAt")]
    [InlineData("/aiops/api/ingest/generic", """{"source":"s","title":"x","startedAt":"2026-12-02T10:00:00"}""",
        "$.startedAt")]
    [InlineData("/aiops/api/ingest/alertmanager",
        """{"alerts":[{"status":"firing","fingerprint":"f","startsAt":"2026-12-02T10:00:00.123456789"}]}""",
        "$.alerts[0].startsAt")]
    [InlineData("/aiops/api/ingest/grafana",
        """{"alerts":[{"status":"resolved","fingerprint":"f","endsAt":"2026-12-02T10:00:00"}]}""",
        "$.alerts[0].endsAt")]
    [InlineData("/aiops/api/silences",
        """{"matchers":["a=\"b\""],"startsAt":"2026-12-03T10:00:00","endsAt":"2026-12-04T00:00:00Z"}""",
        "$.startsAt")]
    [InlineData("/aiops/api/silences", """{"matchers":["a=\"b\""],"endsAt":"2026-12-04T00:00:00"}""", "$.endsAt")]
    public async Task Post_TimeWithoutOffset_Returns400NamingFieldAndOffset(string url, string body, string path)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync(url, body);

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(path, out var messages), errors.ToString());
        Assert.Contains("with an offset (Z or ±hh:mm)", messages[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
        Assert.Empty(await sut.Services.GetRequiredService<ISilenceManager>().ListAsync(true, Ct));
    }

    [Theory]
    [InlineData("2026-12-02T10:00:00-05:00")]
    [InlineData("2026-12-02T16:00:00+01:00")]
    [InlineData("2026-12-02T15:00:00Z")]
    public async Task Report_TimeWithOffset_KeepsTheInstant(string startedAt)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync(
            "/aiops/api/incidents", $$"""{"title":"tz test","startedAt":"{{startedAt}}"}""");

        var incident = await HttpAssert.JsonAsync(response, HttpStatusCode.Created);
        var detectedAt = incident.GetProperty("detectedAt").GetDateTimeOffset();
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.Zero), detectedAt);
    }

    [Theory]
    [InlineData("/aiops/api/metrics/overview?from=2026-12-01T00:00:00&to=2026-12-02T00:00:00Z", "from")]
    [InlineData("/aiops/api/metrics/channels?to=2026-12-02", "to")]
    [InlineData("/aiops/api/metrics/heatmap?from=2026-12-01T00:00:00+01:00", "from")]
    [InlineData("/aiops/api/reports?from=2026-12-01&to=2026-12-02T00:00:00Z", "from")]
    [InlineData("/aiops/api/incidents/export?from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00", "to")]
    public async Task Get_QueryTimeWithoutOffset_Returns400NamingParameter(string url, string parameter)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync(url, Ct);

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out var messages), errors.ToString());
        Assert.Contains("with an offset (Z or ±hh:mm)", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/aiops/api/metrics/overview?from=2026-12-01T00:00:00%2B01:00&to=2026-12-02T00:00:00-05:00")]
    [InlineData("/aiops/api/reports?from=2026-12-01T00:00:00%2B01:00&to=2026-12-02T00:00:00Z")]
    public async Task Get_QueryTimeWithOffset_Returns200(string url)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync(url, Ct);

        Assert.Equal(JsonValueKind.Object, (await HttpAssert.JsonAsync(response, HttpStatusCode.OK)).ValueKind);
    }
}
