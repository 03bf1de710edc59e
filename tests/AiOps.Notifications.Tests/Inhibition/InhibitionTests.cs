using AiOps.Notifications.Channels;
using AiOps.Notifications.Inhibition;
using AiOps.Notifications.Tests.Support;

namespace AiOps.Notifications.Tests.Inhibition;

public sealed class InhibitionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly InMemoryChannel _channel = new("memory");

    [Fact]
    public async Task HostDown_MutesWarningsOfSameInstanceOnly_UntilResolved()
    {
        await using var host = await StartAsync();
        var hostDown = await host.Incidents.ReportAsync(Report("HostDown", "critical", "db-01", "Host db-01 down"), Ct);

        var sameHost = await host.Incidents.ReportAsync(Report("DiskSlow", "warning", "db-01", "Disk slow on db-01"), Ct);
        var otherHost = await host.Incidents.ReportAsync(Report("DiskSlow", "warning", "db-02", "Disk slow on db-02"), Ct);
        await host.Incidents.ResolveAsync(hostDown.Id, "ops", Ct);
        var afterResolve = await host.Incidents.ReportAsync(Report("CpuHigh", "warning", "db-01", "CPU high on db-01"), Ct);

        var muted = Assert.Single(await host.WaitForDeliveriesAsync(sameHost.Id, 1));
        Assert.Equal(DeliveryStatus.Silenced, muted.Status);
        Assert.Contains(hostDown.Id, muted.LastError, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(await host.WaitForDeliveriesAsync(otherHost.Id, 1)).Status);
        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(await host.WaitForDeliveriesAsync(afterResolve.Id, 1)).Status);
        Assert.Equal(DeliveryStatus.Delivered, (await host.WaitForDeliveriesAsync(hostDown.Id, 2))[0].Status);
    }

    [Fact]
    public async Task Resolve_TargetWhoseDetectionWasInhibited_ResolutionNotSentEither()
    {
        await using var host = await StartAsync();
        await host.Incidents.ReportAsync(Report("HostDown", "critical", "db-01", "Host db-01 down"), Ct);
        var target = await host.Incidents.ReportAsync(Report("DiskSlow", "warning", "db-01", "Disk slow on db-01"), Ct);
        var heard = await host.Incidents.ReportAsync(Report("DiskSlow", "warning", "db-02", "Disk slow on db-02"), Ct);

        await host.Incidents.ResolveAsync(target.Id, "ops", Ct);
        await host.Incidents.ResolveAsync(heard.Id, "ops", Ct);

        var muted = await host.WaitForDeliveriesAsync(target.Id, 2);
        Assert.All(muted, delivery => Assert.Equal(DeliveryStatus.Silenced, delivery.Status));
        Assert.Single(muted, d => d.LastError!.Contains("every earlier notification", StringComparison.Ordinal));
        var sent = await host.WaitForDeliveriesAsync(heard.Id, 2);
        Assert.All(sent, delivery => Assert.Equal(DeliveryStatus.Delivered, delivery.Status));
    }

    [Fact]
    public async Task Start_RuleWithBadMatcher_FailsNamingTheRule()
    {
        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => EngineHost.StartAsync(
            b => b.AddInMemoryChannel(_channel),
            o => o.InhibitRules.Add(new InhibitRuleOptions { SourceMatchers = { "x=~\"(\"" }, TargetMatchers = { "a=\"b\"" } })));

        Assert.Contains("AiOps:InhibitRules:0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RuleWithEmptyEqualLabel_FailsNamingTheEntry()
    {
        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => EngineHost.StartAsync(
            b => b.AddInMemoryChannel(_channel),
            o => o.InhibitRules.Add(new InhibitRuleOptions
            {
                SourceMatchers = { "alertname=\"HostDown\"" }, TargetMatchers = { "a=\"b\"" }, Equal = { "instance", "" },
            })));

        Assert.Contains("AiOps:InhibitRules:0:Equal:1 is empty", error.Message, StringComparison.Ordinal);
    }

    private Task<EngineHost> StartAsync() => EngineHost.StartAsync(
        b => b.AddInMemoryChannel(_channel),
        o => o.InhibitRules.Add(new InhibitRuleOptions
        {
            SourceMatchers = { "alertname=\"HostDown\"" },
            TargetMatchers = { "severity=\"warning\"" },
            Equal = { "instance" },
        }));

    private static IncidentReport Report(string alert, string severity, string instance, string title) => new()
    {
        Title = title,
        Level = severity == "critical" ? IncidentLevel.Critical : IncidentLevel.Warning,
        Labels = new Dictionary<string, string> { ["alertname"] = alert, ["severity"] = severity, ["instance"] = instance },
    };
}
