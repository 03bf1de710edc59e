using System.Text;
using System.Text.Json;
using AiOps.Notifications.Reports;
using AiOps.Notifications.Storage;
using CsvHelper;

namespace AiOps.Notifications.Tests.Reports;

public sealed class ReportExporterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ReportPeriod Period => new(T0.AddDays(-1), T0.AddDays(1));

    [Fact]
    public async Task WriteIncidentsAsync_Csv_ParsesBackWithFormulasNeutralisedAndNonAsciiKept()
    {
        var store = new InMemoryNotificationStore();
        await store.SaveIncidentAsync(Incident("a", "=HYPERLINK(\"http://evil\")", "Datenbank «prod» 🔥 数据库"), Ct);
        await store.SaveIncidentAsync(Incident("b", "+1 more", "-x\r\nline, with \"quotes\""), Ct);
        await store.SaveIncidentAsync(Incident("c", "@SUM(A1)", "\tTabbed"), Ct);
        var sut = CreateSut(store);
        using var output = new MemoryStream();

        var count = await sut.WriteIncidentsAsync(Period, ExportFormat.Csv, output, Ct);

        var rows = ReadCsv(output.ToArray());
        Assert.Equal(3, count);
        Assert.Equal(["'=HYPERLINK(\"http://evil\")", "'+1 more", "'@SUM(A1)"], rows.Select(r => r["title"]));
        Assert.Equal("Datenbank «prod» 🔥 数据库", rows[0]["message"]);
        Assert.Equal("'-x\r\nline, with \"quotes\"", rows[1]["message"]);
        Assert.Equal("'\tTabbed", rows[2]["message"]);
        Assert.Equal("2", rows[0]["occurrence_count"]);
    }

    [Fact]
    public async Task WriteIncidentsAsync_Csv_HasThePriorityAfterTheLevel()
    {
        var store = new InMemoryNotificationStore();
        await store.SaveIncidentAsync(Incident("a", "Down", "x") with { Priority = NotificationPriority.Critical }, Ct);
        await store.SaveIncidentAsync(Incident("b", "Slow", "y"), Ct);
        var sut = CreateSut(store);
        using var output = new MemoryStream();

        await sut.WriteIncidentsAsync(Period, ExportFormat.Csv, output, Ct);

        var rows = ReadCsv(output.ToArray());
        Assert.Equal(["level", "priority", "status"], rows[0].Keys.SkipWhile(name => name != "level").Take(3));
        Assert.Equal(["Critical", "High"], rows.Select(r => r["priority"]));
        Assert.All(rows, r => Assert.Equal("Error", r["level"]));
    }

    [Fact]
    public async Task WriteNotificationsAsync_Json_RoundTripsEveryNotification()
    {
        var store = new InMemoryNotificationStore();
        var notification = new Notification
        {
            Id = "n1", Type = NotificationTypes.ReportDigest, Title = "Wöchentlich ✅", CreatedAt = T0,
            Data = new Dictionary<string, string> { ["incidents"] = "4" },
        };
        await store.AddNotificationAsync(notification, [], Ct);
        var sut = CreateSut(store);
        using var output = new MemoryStream();

        await sut.WriteNotificationsAsync(Period, ExportFormat.Json, output, Ct);

        var read = JsonSerializer.Deserialize(output.ToArray(), TestJson.Default.NotificationArray);
        var single = Assert.Single(read!);
        Assert.Equal(notification with { Data = single.Data, Labels = single.Labels }, single);
        Assert.Equal("4", single.Data["incidents"]);
    }

    [Fact]
    public async Task WriteReportAsync_Json_RoundTripsTheReport()
    {
        var store = new InMemoryNotificationStore();
        await store.SaveIncidentAsync(Incident("a", "Down", "x") with { Category = "database" }, Ct);
        var report = await new OperationsReportBuilder(store, TimeProvider.System).BuildAsync(Period, Ct);
        using var output = new MemoryStream();

        await CreateSut(store).WriteReportAsync(report, ExportFormat.Json, output, Ct);

        var read = JsonSerializer.Deserialize(output.ToArray(), TestJson.Default.OperationsReport)!;
        Assert.Equal(report.Period, read.Period);
        Assert.Equal(report.Incidents.ByCategory, read.Incidents.ByCategory);
        Assert.Equal(report.TopFingerprints, read.TopFingerprints);
        Assert.Equal(1, read.Incidents.Total);
    }

    [Fact]
    public async Task WriteReportAsync_Csv_HasSummaryRows()
    {
        var store = new InMemoryNotificationStore();
        await store.SaveIncidentAsync(Incident("a", "Down", "x"), Ct);
        var report = await new OperationsReportBuilder(store, TimeProvider.System).BuildAsync(Period, Ct);
        using var output = new MemoryStream();

        await CreateSut(store).WriteReportAsync(report, ExportFormat.Csv, output, Ct);

        var rows = ReadCsv(output.ToArray());
        Assert.Contains(rows, r => r["section"] == "summary" && r["metric"] == "total" && r["value"] == "1");
        Assert.Contains(rows, r => r["section"] == "level" && r["key"] == "Error");
    }

    [Fact]
    public async Task WriteIncidentsAsync_ManyPages_WritesEachPageBeforeReadingTheNext()
    {
        var store = new InMemoryNotificationStore();
        for (var i = 0; i < 50; i++)
        {
            await store.SaveIncidentAsync(Incident($"i{i:D3}", "Down", "x") with { DetectedAt = T0.AddSeconds(i) }, Ct);
        }

        var output = new MemoryStream();
        var (watching, lengthsAtRead) = PageWatchingStore.Create(store, () => output.Length);
        var sut = new ReportExporter(watching) { PageSize = 10 };

        var count = await sut.WriteIncidentsAsync(Period, ExportFormat.Csv, output, Ct);

        Assert.Equal(50, count);
        Assert.Equal(6, lengthsAtRead.Count);
        Assert.Equal(0, lengthsAtRead[0]);
        Assert.All(lengthsAtRead.Zip(lengthsAtRead.Skip(1)), pair => Assert.True(pair.Second > pair.First));
    }

    private static ReportExporter CreateSut(INotificationStore store) => new(store) { PageSize = 2 };

    private static Incident Incident(string id, string title, string message) => new()
    {
        Id = id, Fingerprint = $"fp-{id}", Title = title, Message = message, Component = "api",
        Level = IncidentLevel.Error, DetectedAt = T0, LastSeenAt = T0, OccurrenceCount = 2,
    };

    private static List<Dictionary<string, string>> ReadCsv(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        using var reader = CsvReader.Create(new MemoryStream(bytes), null, leaveOpen: false);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => reader.GetString(p.i)));
        }

        return rows;
    }
}
