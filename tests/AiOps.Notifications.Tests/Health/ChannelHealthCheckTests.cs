using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AiOps.Notifications.Tests.Health;

public sealed class ChannelHealthCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckHealth_ChannelFailsRepeatedly_UnhealthyWhileOthersStayHealthy()
    {
        var broken = new InMemoryChannel("broken", (_, _) => Task.FromResult(DeliveryResult.Permanent("channel_not_found", 404)));
        var healthy = new InMemoryChannel("healthy");
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(broken).AddInMemoryChannel(healthy));

        for (var i = 0; i < 5; i++)
        {
            var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" + i }, Ct);
            await host.WaitForDeliveriesAsync(incident.Id, 2);
        }

        var report = await host.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(entry => entry.Tags.Contains(AiOpsNotificationsBuilder.HealthCheckTag), Ct);

        var failing = report.Entries[AiOpsNotificationsBuilder.HealthCheckPrefix + "broken"];
        Assert.Equal(HealthStatus.Unhealthy, failing.Status);
        Assert.Contains("channel_not_found", failing.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, report.Entries[AiOpsNotificationsBuilder.HealthCheckPrefix + "healthy"].Status);
    }

    [Fact]
    public async Task CheckHealth_OneFailure_Degraded()
    {
        var flaky = new InMemoryChannel("flaky", (_, _) => Task.FromResult(DeliveryResult.Permanent("invalid_payload", 400)));
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(flaky));

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 1);
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Ct);

        Assert.Equal(HealthStatus.Degraded, report.Entries[AiOpsNotificationsBuilder.HealthCheckPrefix + "flaky"].Status);
    }
}
