using System.Text.Json;
using AiOps.Notifications.Dashboard.Ingest;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Ingest;

public sealed class AlertmanagerIncidentMapperTests
{
    [Fact]
    public void ToReport_NanosecondStart_KeepsSevenFractionalDigits()
    {
        var alert = Parse(Payloads.Sample).Alerts![0]!;

        var report = AlertmanagerIncidentMapper.ToReport(alert);

        Assert.Equal(new DateTimeOffset(2026, 12, 3, 8, 14, 30, TimeSpan.Zero).AddTicks(1234567), report.StartedAt);
    }

    [Fact]
    public void Parse_FiringAlert_MapsZeroEndToNull()
    {
        var alert = Parse(Payloads.Sample).Alerts![0]!;

        var end = AlertmanagerIncidentMapper.OrNull(alert.EndsAt);

        Assert.Null(end);
    }

    [Fact]
    public void Parse_OffsetTimestamp_KeepsTheInstant()
    {
        var json = "{\"alerts\": [{\"startsAt\": \"2018-08-03T09:52:26.739266876+02:00\"}]}";

        var alert = Parse(json).Alerts![0]!;

        Assert.Equal(new DateTimeOffset(2018, 8, 3, 7, 52, 26, TimeSpan.Zero).AddTicks(7392668), alert.StartsAt);
    }

    [Fact]
    public void Parse_Receiver_KeepsRegexQuoting()
    {
        var payload = Parse(Payloads.Sample);

        Assert.Equal("payments\\.oncall", payload.Receiver);
    }

    [Fact]
    public void Shorten_CutFallsInsideSurrogatePair_KeepsThePairOut()
    {
        var value = new string('a', 498) + "\U0001F600" + "tail";

        var shortened = AlertmanagerIncidentMapper.Shorten(value, 500);

        Assert.Equal(new string('a', 498) + "…", shortened);
    }

    [Theory]
    [InlineData("critical", IncidentLevel.Critical)]
    [InlineData("ERROR", IncidentLevel.Error)]
    [InlineData("warning", IncidentLevel.Warning)]
    [InlineData("info", IncidentLevel.Info)]
    [InlineData(null, IncidentLevel.Error)]
    [InlineData("unheard-of", IncidentLevel.Error)]
    public void Level_Severity_MapsToLevel(string? severity, IncidentLevel expected)
    {
        var level = AlertmanagerIncidentMapper.Level(severity);

        Assert.Equal(expected, level);
    }

    [Fact]
    public void ToReport_NoSummary_UsesAlertName()
    {
        var alert = new AlertmanagerAlert
        {
            Fingerprint = "ab12",
            Labels = new() { ["alertname"] = "DiskFull", ["job"] = "node" },
        };

        var report = AlertmanagerIncidentMapper.ToReport(alert);

        Assert.Equal("DiskFull", report.Title);
        Assert.Equal("node", report.Component);
        Assert.Equal("alertmanager:ab12", report.Fingerprint);
        Assert.Null(report.Message);
    }

    private static AlertmanagerPayload Parse(string json) =>
        JsonSerializer.Deserialize(json, AlertmanagerJsonContext.Default.AlertmanagerPayload)!;
}
