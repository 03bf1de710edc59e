using System.Diagnostics.Metrics;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace AiOps.Notifications.Tests.Telemetry;

public sealed class NotificationsTelemetryTests
{
    private const string MeterName = "AiOps.Notifications";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Report_ThenRepeat_CountsPublishedDeliveredAndDeduplicated()
    {
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(new InMemoryChannel("memory")));
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var published = new MetricCollector<long>(meters, MeterName, "aiops.notifications.published");
        using var delivered = new MetricCollector<long>(meters, MeterName, "aiops.notifications.delivered");
        using var deduplicated = new MetricCollector<long>(meters, MeterName, "aiops.notifications.deduplicated");
        using var duration = new MetricCollector<double>(meters, MeterName, "aiops.notifications.attempt.duration");

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x", Level = IncidentLevel.Critical }, Ct);
        await host.Incidents.ReportAsync(new IncidentReport { Title = "x", Level = IncidentLevel.Critical }, Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 1);

        // The stored outcome can be read a moment before the worker records its metrics.
        await delivered.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(15));
        await duration.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(15));

        var publishedMeasurement = Assert.Single(published.GetMeasurementSnapshot());
        Assert.Equal("incident.detected", publishedMeasurement.Tags["type"]);
        Assert.Equal("Critical", publishedMeasurement.Tags["priority"]);
        Assert.Equal("memory", Assert.Single(delivered.GetMeasurementSnapshot()).Tags["channel"]);
        Assert.Single(deduplicated.GetMeasurementSnapshot());
        Assert.Single(duration.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task QueueLength_IsObservable()
    {
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(new InMemoryChannel("memory")));
        using var queue = new MetricCollector<int>(
            host.Services.GetRequiredService<IMeterFactory>(), MeterName, "aiops.notifications.queue.length");

        queue.RecordObservableInstruments();

        Assert.Equal(0, Assert.Single(queue.GetMeasurementSnapshot()).Value);
    }
}
