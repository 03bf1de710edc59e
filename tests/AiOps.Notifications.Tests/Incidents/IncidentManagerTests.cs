using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;

namespace AiOps.Notifications.Tests.Incidents;

public sealed class IncidentManagerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReportAsync_NewFailure_DeliversDetectedNotificationAndRecordsAttempt()
    {
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel));

        var incident = await host.Incidents.ReportAsync(Report("Database down", IncidentLevel.Critical), Ct);
        var deliveries = await host.WaitForDeliveriesAsync(incident.Id, 1);

        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(deliveries).Status);
        var message = Assert.Single(channel.Messages);
        Assert.Equal("[Critical] incident.detected: Database down (New, seen 1x)", message.GetContent("text"));
        var attempt = Assert.Single(await host.Store.GetAttemptsForIncidentAsync(incident.Id, Ct));
        Assert.Equal(AttemptOutcome.Delivered, attempt.Outcome);
        Assert.Equal(1, attempt.Number);
    }

    [Fact]
    public async Task ReportAsync_SameFingerprintWhileOpen_FoldsIntoOneIncident()
    {
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel));

        var first = await host.Incidents.ReportAsync(Report("Disk full", IncidentLevel.Error), Ct);
        var second = await host.Incidents.ReportAsync(Report("Disk full", IncidentLevel.Error), Ct);
        await host.WaitForDeliveriesAsync(first.Id, 1);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.OccurrenceCount);
        Assert.Single(channel.Messages);
    }

    [Fact]
    public async Task ResolveAsync_OpenIncident_ResolvesAndSendsResolvedNotification()
    {
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel));
        var incident = await host.Incidents.ReportAsync(Report("Queue stuck", IncidentLevel.Warning), Ct);

        var resolved = await host.Incidents.ResolveAsync(incident.Id, "alice", Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 2);

        Assert.Equal(IncidentStatus.Resolved, resolved!.Status);
        Assert.Equal("alice", resolved.ResolvedBy);
        Assert.Contains(channel.Messages, m => m.Notification.Type == NotificationTypes.IncidentResolved);
    }

    [Fact]
    public async Task ReportAsync_AfterResolve_OpensNewIncident()
    {
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel));
        var first = await host.Incidents.ReportAsync(Report("Cache cold", IncidentLevel.Info), Ct);
        await host.Incidents.ResolveAsync(first.Id, null, Ct);

        var second = await host.Incidents.ReportAsync(Report("Cache cold", IncidentLevel.Info), Ct);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
    }

    [Fact]
    public async Task AttachDiagnosisAsync_NewIncident_MarksDiagnosedAndNotifies()
    {
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel));
        var incident = await host.Incidents.ReportAsync(Report("Pool exhausted", IncidentLevel.Error), Ct);

        var diagnosed = await host.Incidents.AttachDiagnosisAsync(
            incident.Id, new Diagnosis { ProbableCause = "Leaked connections", AgentName = "rules", Confidence = 0.8 }, Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 2);

        Assert.Equal(IncidentStatus.Diagnosed, diagnosed!.Status);
        Assert.NotEqual(default, diagnosed.Diagnosis!.ProducedAt);
        Assert.Contains(channel.Messages, m => m.Notification.Type == NotificationTypes.IncidentDiagnosed);
    }

    [Fact]
    public async Task AcknowledgeAsync_Again_KeepsTheFirstTimeAndName()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        await using var host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(new InMemoryChannel("memory")), timeProvider: time);
        var incident = await host.Incidents.ReportAsync(Report("Disk full", IncidentLevel.Error), Ct);
        var first = await host.Incidents.AcknowledgeAsync(incident.Id, "alice", Ct);
        time.Advance(TimeSpan.FromMinutes(5));

        var again = await host.Incidents.AcknowledgeAsync(incident.Id, "bob", Ct);

        Assert.Equal(("alice", first!.AcknowledgedAt), (again!.AcknowledgedBy, again.AcknowledgedAt));
    }

    [Fact]
    public async Task AcknowledgeAsync_UnknownIncident_ReturnsNull()
    {
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(new InMemoryChannel("memory")));

        var result = await host.Incidents.AcknowledgeAsync("inc_missing", "bob", Ct);

        Assert.Null(result);
    }

    [Fact]
    public async Task ReportAsync_OpenIncidentPastRepeatInterval_SendsReminderWithCount()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(channel),
            o =>
            {
                o.Routing.RepeatInterval = TimeSpan.FromHours(1);
                o.Reminders.CheckInterval = TimeSpan.FromDays(1); // the report path alone, not the runner's tick
            },
            time);
        var incident = await host.Incidents.ReportAsync(Report("Disk full", IncidentLevel.Error), Ct);

        // The first message is sent before the clock jumps, or the jump would time its attempt out.
        await host.WaitForDeliveriesAsync(incident.Id, 1);
        time.Advance(TimeSpan.FromMinutes(30));
        await host.Incidents.ReportAsync(Report("Disk full", IncidentLevel.Error), Ct);
        time.Advance(TimeSpan.FromMinutes(31));
        await host.Incidents.ReportAsync(Report("Disk full", IncidentLevel.Error), Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 2);

        Assert.Equal(2, channel.Messages.Count);
        var reminder = channel.Messages.Last();
        Assert.Equal("true", reminder.Notification.Data["repeat"]);
        Assert.Equal(3, reminder.Incident!.OccurrenceCount);
    }

    private static IncidentReport Report(string title, IncidentLevel level) =>
        new() { Title = title, Level = level, Component = "checkout" };
}
