using AiOps.Notifications.Channels;
using AiOps.Notifications.Sqlite;
using AiOps.Notifications.Sqlite.Internal;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Benchmarks;

/// <summary>Serves dashboard pages over real HTTP from a SQLite store holding 100,000 incidents and 500,000 attempts.</summary>
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private const int Incidents = 100_000;
    private const int AttemptsPerIncident = 5;

    private static readonly string[] Components = ["checkout", "orders", "payments", "search", "auth", "db"];

    private string _folder = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("aiops-dashboard-bench-").FullName;
        var path = Path.Combine(_folder, "aiops.db");
        using (var store = new SqliteNotificationStore(new SqliteStoreOptions { DatabasePath = path }))
        {
            await store.InitializeAsync();
        }

        Seed(path);
        await StartAsync(path);
        await ReportPageWeightsAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public Task<string> Overview() => _client.GetStringAsync("/aiops");

    [Benchmark]
    public Task<string> IncidentList() => _client.GetStringAsync("/aiops/incidents?status=Resolved&q=checkout");

    [Benchmark]
    public Task<string> Monitoring() => _client.GetStringAsync("/aiops/monitoring?range=7d");

    [Benchmark]
    public Task<string> Notifications() => _client.GetStringAsync("/aiops/notifications");

    [Benchmark]
    public Task<string> IncidentDetail() => _client.GetStringAsync(DetailPage);

    [Benchmark]
    public Task<string> Reports() => _client.GetStringAsync("/aiops/reports");

    [Benchmark]
    public Task<string> Reports30Days() => _client.GetStringAsync(ReportsPage);

    [Benchmark]
    public Task<string> Settings() => _client.GetStringAsync("/aiops/settings");

    private const string DetailPage = "/aiops/incidents/inc_050000";

    // The default report covers 7 days; one of 30 days covers every seeded incident, the heaviest preset.
    private const string ReportsPage = "/aiops/reports?preset=30d";

    /// <summary>Writes the weight of each measured page with its assets to the console and the results.</summary>
    private async Task ReportPageWeightsAsync()
    {
        string[] pages =
        [
            "/aiops", "/aiops/incidents?status=Resolved&q=checkout", "/aiops/monitoring?range=7d", "/aiops/notifications",
            DetailPage, ReportsPage, "/aiops/settings",
        ];
        var table = await PageWeights.MeasureAsync(_client, pages);
        Console.WriteLine(table);
        var folder = Directory.CreateDirectory(Path.Combine("BenchmarkDotNet.Artifacts", "results")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "DashboardPageWeights.md"), table);
    }

    private async Task StartAsync(string path)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddAiOpsNotifications()
            .UseSqlite(o => o.DatabasePath = path)
            .AddInMemoryChannel(new InMemoryChannel("memory"))
            .AddAiOpsDashboard();
        _app = builder.Build();
        _app.MapAiOpsDashboard("/aiops");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>Writes the rows with the store's own SQL in one transaction, far faster than one call per row.</summary>
    private static void Seed(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var incident = Command(connection, transaction, IncidentSql.Upsert);
        using var notification = Command(connection, transaction, NotificationSql.Insert);
        using var delivery = Command(connection, transaction, DeliverySql.Insert);
        using var attempt = Command(connection, transaction, AttemptSql.Insert);
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        for (var i = 0; i < Incidents; i++)
        {
            var detected = start.AddSeconds(i * 25.9);
            Execute(incident, command => IncidentSql.Bind(command, CreateIncident(i, detected)));
            Execute(notification, command => NotificationSql.Bind(command, new Notification
            {
                Id = $"ntf_{i:D6}", Type = NotificationTypes.IncidentDetected, Title = "n", IncidentId = $"inc_{i:D6}", CreatedAt = detected,
            }));
            Execute(delivery, command => DeliverySql.Bind(command, new Delivery
            {
                Id = $"dlv_{i:D6}", NotificationId = $"ntf_{i:D6}", IncidentId = $"inc_{i:D6}", Channel = "memory",
                Status = i % 50 == 0 ? DeliveryStatus.Failed : DeliveryStatus.Delivered, AttemptCount = AttemptsPerIncident,
                CreatedAt = detected, CompletedAt = detected.AddSeconds(3),
            }));
            for (var n = 1; n <= AttemptsPerIncident; n++)
            {
                var number = n;
                Execute(attempt, command => AttemptSql.Bind(command, new DeliveryAttempt
                {
                    Id = $"att_{i:D6}_{number}", DeliveryId = $"dlv_{i:D6}", NotificationId = $"ntf_{i:D6}", IncidentId = $"inc_{i:D6}",
                    Channel = "memory", Number = number, StartedAt = detected.AddSeconds(number), Duration = TimeSpan.FromMilliseconds(40),
                    Outcome = number == AttemptsPerIncident ? AttemptOutcome.Delivered : AttemptOutcome.TransientFailure, StatusCode = 503,
                }));
            }
        }

        transaction.Commit();
    }

    private static Incident CreateIncident(int i, DateTimeOffset detected) => new()
    {
        Id = $"inc_{i:D6}",
        Fingerprint = $"fp{i % 5000}",
        Title = $"Error rate above threshold on {Components[i % Components.Length]} ({i})",
        Message = "System.TimeoutException: The operation has timed out.",
        Component = Components[i % Components.Length],
        Category = i % 3 == 0 ? "network" : "database",
        Level = (IncidentLevel)(i % 4),
        Status = i % 10 == 0 ? IncidentStatus.New : IncidentStatus.Resolved,
        DetectedAt = detected,
        LastSeenAt = detected,
        AcknowledgedAt = i % 10 == 0 ? null : detected.AddMinutes(3),
        ResolvedAt = i % 10 == 0 ? null : detected.AddMinutes(40),
        Diagnosis = i % 4 == 0 ? new Diagnosis { ProbableCause = "Slow dependency", AgentName = "rules", Confidence = 0.7, ProducedAt = detected.AddSeconds(30) } : null,
    };

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteCommand command, Action<SqliteCommand> bind)
    {
        command.Parameters.Clear();
        bind(command);
        command.ExecuteNonQuery();
    }
}
