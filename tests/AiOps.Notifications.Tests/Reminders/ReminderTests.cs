using AiOps.Notifications.Channels;
using AiOps.Notifications.Reminders;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Reminders;

public sealed class ReminderTests
{
    private static readonly TimeSpan Repeat = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryChannel _channel = new("memory");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RemindDueAsync_OpenIncidentPastRepeatInterval_SendsReminderEveryInterval()
    {
        await using var host = await CreateSut();
        var incident = await host.Incidents.ReportAsync(Report("payments"), Ct);

        await AdvanceAndCheckAsync(host, Repeat - TimeSpan.FromSeconds(1));
        var beforeDue = await DetectedAsync(host, incident);
        await AdvanceAndCheckAsync(host, TimeSpan.FromSeconds(1));
        var afterFirst = await DetectedAsync(host, incident);
        await AdvanceAndCheckAsync(host, Repeat / 2);
        var halfway = await DetectedAsync(host, incident);
        await AdvanceAndCheckAsync(host, Repeat / 2);
        await host.WaitForDeliveriesAsync(incident.Id, 3);

        Assert.Single(beforeDue);
        Assert.Equal(2, afterFirst.Count);
        Assert.Equal(2, halfway.Count);
        var reminders = _channel.Messages.Where(m => m.Notification.Data.ContainsKey("repeat")).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, m => Assert.Equal("true", m.Notification.Data["repeat"]));
        Assert.All(reminders, m => Assert.Equal(NotificationPriority.High, m.Notification.Priority));
        Assert.Equal(_time.GetUtcNow(), reminders.Max(m => m.Notification.CreatedAt));
    }

    [Fact]
    public async Task RemindDueAsync_AcknowledgedIncident_SendsNoReminder()
    {
        await using var host = await CreateSut();
        var incident = await host.Incidents.ReportAsync(Report("payments"), Ct);
        await AdvanceAndCheckAsync(host, Repeat / 2);

        await host.Incidents.AcknowledgeAsync(incident.Id, "alice", Ct);
        await AdvanceAndCheckAsync(host, Repeat);
        await AdvanceAndCheckAsync(host, Repeat * 10);

        Assert.Single(await DetectedAsync(host, incident));
    }

    [Fact]
    public async Task RemindDueAsync_ResolvedIncident_SendsNoReminder()
    {
        await using var host = await CreateSut();
        var incident = await host.Incidents.ReportAsync(Report("payments"), Ct);
        await AdvanceAndCheckAsync(host, Repeat / 2);

        await host.Incidents.ResolveAsync(incident.Id, "alice", Ct);
        await AdvanceAndCheckAsync(host, Repeat);
        await AdvanceAndCheckAsync(host, Repeat * 10);

        Assert.Single(await DetectedAsync(host, incident));
    }

    [Fact]
    public async Task RemindDueAsync_RouteWithoutRepeatInterval_SendsNoReminder()
    {
        await using var host = await CreateSut();
        var incident = await host.Incidents.ReportAsync(Report("platform"), Ct);

        await AdvanceAndCheckAsync(host, Repeat);
        await AdvanceAndCheckAsync(host, TimeSpan.FromDays(1));

        Assert.Single(await DetectedAsync(host, incident));
    }

    [Fact]
    public async Task CheckAsync_AcknowledgedAfterTheTickListedIt_SendsNoReminder()
    {
        await using var host = await CreateSut();
        var listed = await host.Incidents.ReportAsync(Report("payments"), Ct);

        // A tick listed the incident while it was new; the acknowledgement lands before it takes the lock.
        // Acknowledge before the clock moves, so the background runner cannot remind first.
        await host.Incidents.AcknowledgeAsync(listed.Id, "alice", Ct);
        _time.Advance(Repeat);
        await host.Services.GetRequiredService<IncidentReminder>().CheckAsync(listed, Ct);

        Assert.Equal(IncidentStatus.New, listed.Status);
        Assert.Single(await DetectedAsync(host, listed));
    }

    [Fact]
    public async Task RemindDueAsync_RacingAcknowledge_NeverSendsAfterAcknowledgement()
    {
        await using var host = await CreateSut();
        for (var round = 0; round < 30; round++)
        {
            var incident = await host.Incidents.ReportAsync(Report("payments") with { Title = $"race {round}" }, Ct);
            _time.Advance(Repeat);

            await Task.WhenAll(
                Task.Run(() => Runner(host).RemindDueAsync(Ct), Ct),
                Task.Run(() => host.Incidents.AcknowledgeAsync(incident.Id, "alice", Ct), Ct));
            var afterRace = (await DetectedAsync(host, incident)).Count;
            await AdvanceAndCheckAsync(host, Repeat * 2);

            Assert.True(afterRace <= 2, $"round {round}: {afterRace} detected notifications");
            Assert.Equal(afterRace, (await DetectedAsync(host, incident)).Count);
        }
    }

    [Fact]
    public async Task ReportAsync_AcknowledgedIncidentReportedAgainPastInterval_SendsNoReminder()
    {
        await using var host = await CreateSut();
        var incident = await host.Incidents.ReportAsync(Report("payments"), Ct);
        await host.Incidents.AcknowledgeAsync(incident.Id, "alice", Ct);

        _time.Advance(Repeat * 2);
        var folded = await host.Incidents.ReportAsync(Report("payments"), Ct);

        Assert.Equal(2, folded.OccurrenceCount);
        Assert.Single(await DetectedAsync(host, incident));
    }

    internal static ReminderRunner Runner(EngineHost host) =>
        host.Services.GetServices<IHostedService>().OfType<ReminderRunner>().Single();

    internal static async Task<List<Notification>> DetectedAsync(EngineHost host, Incident incident) =>
        [.. (await host.Store.GetNotificationsForIncidentAsync(incident.Id, Ct))
            .Where(n => n.Type == NotificationTypes.IncidentDetected)];

    internal static IncidentReport Report(string team) => new()
    {
        Title = "Checkout slow",
        Level = IncidentLevel.Error,
        Labels = new Dictionary<string, string> { ["team"] = team },
    };

    internal static void Configure(AiOpsNotificationsOptions options)
    {
        options.Routing.Routes.Add(new NotificationRouteOptions { Matchers = { "team=\"payments\"" }, RepeatInterval = Repeat });
        options.Reminders.CheckInterval = TimeSpan.FromSeconds(30);
    }

    /// <summary>
    /// Moves the clock and runs one check to its end. The background runner also wakes when the clock
    /// moves; both check under the incident's lock, so the count after this call does not depend on which
    /// came first.
    /// </summary>
    private async Task AdvanceAndCheckAsync(EngineHost host, TimeSpan by)
    {
        _time.Advance(by);
        await Runner(host).RemindDueAsync(Ct);
    }

    private Task<EngineHost> CreateSut() =>
        EngineHost.StartAsync(b => b.AddInMemoryChannel(_channel), Configure, _time);
}
