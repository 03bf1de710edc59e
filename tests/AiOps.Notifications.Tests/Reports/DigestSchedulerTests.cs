using AiOps.Notifications.Channels;
using AiOps.Notifications.Reports;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Reports;

public sealed class DigestSchedulerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void NextAfter_AcrossSpringForward_StaysAtEightLocal()
    {
        var sut = new DigestSchedule(Digest());

        var saturday = sut.NextAfter(new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.Zero))!.Value;
        var sunday = sut.NextAfter(saturday)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 7, 0, 0, TimeSpan.Zero), saturday);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero), sunday);
    }

    [Fact]
    public async Task AddDigests_ClockPassesEightLocalOnDstDay_SendsDigestWithFiguresAtThatInstant()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 29, 5, 0, 0, TimeSpan.Zero));
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(channel).AddDigests(s => s.Digests.Add(Digest("memory"))), timeProvider: time);
        await host.Incidents.ReportAsync(new IncidentReport { Title = "Disk full", Component = "db" }, Ct);

        for (var minute = 0; minute < 70 && channel.Messages.All(m => m.Notification.Type != NotificationTypes.ReportDigest); minute++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System, Ct);
        }

        await WaitForDigestAsync(channel);
        var digest = channel.Messages.Single(m => m.Notification.Type == NotificationTypes.ReportDigest).Notification;
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(
            digest.Data["period_to"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1", digest.Data["incidents"]);
        Assert.Equal("Morning: 1 incidents, 0 resolved", digest.Title);
        Assert.Contains("Disk full", digest.Data["summary"], StringComparison.Ordinal);
    }

    private static async Task WaitForDigestAsync(InMemoryChannel channel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (channel.Messages.All(m => m.Notification.Type != NotificationTypes.ReportDigest))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System, timeout.Token);
        }
    }

    private static DigestOptions Digest(string? channel = null)
    {
        var digest = new DigestOptions { Name = "Morning", Cron = "0 8 * * *", TimeZone = "Europe/Berlin" };
        if (channel is not null)
        {
            digest.Channels.Add(channel);
        }

        return digest;
    }
}
