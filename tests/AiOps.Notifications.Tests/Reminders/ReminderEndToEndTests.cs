using AiOps.Notifications.Channels;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Reminders;

public sealed class ReminderEndToEndTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Restart_OverSameStore_ContinuesRemindersWithoutSendingTwice()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
        var store = new InMemoryNotificationStore();
        var repeat = TimeSpan.FromMinutes(10);
        Incident incident;
        await using (var first = await CreateSut(store, new InMemoryChannel("memory"), time))
        {
            incident = await first.Incidents.ReportAsync(ReminderTests.Report("payments"), Ct);
            time.Advance(repeat);
            await ReminderTests.Runner(first).RemindDueAsync(Ct);
            await first.WaitForDeliveriesAsync(incident.Id, 2);
        }

        var channel = new InMemoryChannel("memory");
        await using var second = await CreateSut(store, channel, time);
        await ReminderTests.Runner(second).RemindDueAsync(Ct);
        var rightAfterRestart = (await ReminderTests.DetectedAsync(second, incident)).Count;
        time.Advance(repeat - TimeSpan.FromSeconds(1));
        await ReminderTests.Runner(second).RemindDueAsync(Ct);
        var beforeDue = (await ReminderTests.DetectedAsync(second, incident)).Count;
        time.Advance(TimeSpan.FromSeconds(1));
        await ReminderTests.Runner(second).RemindDueAsync(Ct);
        await second.WaitForDeliveriesAsync(incident.Id, 3);

        Assert.Equal(2, rightAfterRestart);
        Assert.Equal(2, beforeDue);
        Assert.Equal(3, (await ReminderTests.DetectedAsync(second, incident)).Count);
        var reminder = Assert.Single(channel.Messages);
        Assert.Equal("true", reminder.Notification.Data["repeat"]);
    }

    [Fact]
    public async Task RealClock_IncidentLeftOpen_ReminderArrivesAtChannel()
    {
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(channel),
            o =>
            {
                o.Routing.RepeatInterval = TimeSpan.FromMilliseconds(300);
                o.Reminders.CheckInterval = TimeSpan.FromMilliseconds(100);
            });

        var incident = await host.Incidents.ReportAsync(ReminderTests.Report("payments"), Ct);
        var reminder = await WaitForReminderAsync(channel);

        Assert.Equal(incident.Id, reminder.Incident!.Id);
        var detected = channel.Messages.First(m => !m.Notification.Data.ContainsKey("repeat"));
        var waited = reminder.Notification.CreatedAt - detected.Notification.CreatedAt;
        Assert.True(waited >= TimeSpan.FromMilliseconds(300), $"reminder after {waited}");
    }

    private static async Task<ChannelMessage> WaitForReminderAsync(InMemoryChannel channel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        while (true)
        {
            var reminder = channel.Messages.FirstOrDefault(m => m.Notification.Data.ContainsKey("repeat"));
            if (reminder is not null)
            {
                return reminder;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    private static Task<EngineHost> CreateSut(INotificationStore store, InMemoryChannel channel, TimeProvider time) =>
        EngineHost.StartAsync(
            b =>
            {
                b.Services.AddSingleton(store);
                b.AddInMemoryChannel(channel);
            },
            ReminderTests.Configure,
            time);
}
