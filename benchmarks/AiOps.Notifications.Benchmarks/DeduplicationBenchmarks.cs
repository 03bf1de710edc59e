using AiOps.Notifications.Channels;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Benchmarks;

/// <summary>A repeated report of an open incident: the fingerprint lookup and fold, no new notification.</summary>
[MemoryDiagnoser]
public class DeduplicationBenchmarks
{
    private IHost _host = null!;
    private IIncidentManager _incidents = null!;
    private readonly IncidentReport _report = new()
    {
        Title = "Connection pool exhausted",
        Component = "orders-db",
        Labels = new Dictionary<string, string> { ["service"] = "orders" },
    };

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddAiOpsNotifications().AddInMemoryChannel(new InMemoryChannel("memory"));
        _host = builder.Build();
        await _host.StartAsync();
        _incidents = _host.Services.GetRequiredService<IIncidentManager>();
        for (var i = 0; i < 10_000; i++)
        {
            await _incidents.ReportAsync(_report with { Title = "Other incident " + i });
        }

        await _incidents.ReportAsync(_report);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    [Benchmark]
    public Task<Incident> ReportOpenIncidentAgain() => _incidents.ReportAsync(_report);
}
