using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Incidents;

/// <summary>A report started in 2099 opened an incident detected in 2099, which topped every newest-first list.</summary>
public sealed class FutureStartTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReportAsync_StartedAfterReceipt_DetectedAtTimeOfReceipt()
    {
        await using var host = await CreateSutAsync();

        var incident = await host.Incidents.ReportAsync(
            new IncidentReport { Title = "From the future", StartedAt = new(2099, 1, 1, 0, 0, 0, TimeSpan.Zero) },
            TestContext.Current.CancellationToken);

        Assert.Equal(Now, incident.DetectedAt);
    }

    [Fact]
    public async Task ReportAsync_StartedBeforeReceipt_KeepsTheStartTime()
    {
        await using var host = await CreateSutAsync();
        var started = Now.AddMinutes(-20);

        var incident = await host.Incidents.ReportAsync(
            new IncidentReport { Title = "From the past", StartedAt = started }, TestContext.Current.CancellationToken);

        Assert.Equal(started, incident.DetectedAt);
    }

    private static Task<EngineHost> CreateSutAsync() =>
        EngineHost.StartAsync(b => b.AddInMemoryChannel(new InMemoryChannel("memory")), null, new FakeTimeProvider(Now));
}
