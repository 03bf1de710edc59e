using AiOps.Notifications.Channels;
using AiOps.Notifications.Sqlite;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Benchmarks;

/// <summary>Publish to delivered: routing, outbox write, queue, template rendering and an in-memory channel.</summary>
[MemoryDiagnoser]
public class PublishBenchmarks
{
    private const int Notifications = 2_000;

    private IHost _host = null!;
    private INotificationPublisher _publisher = null!;
    private CountingChannel _channel = null!;
    private string? _databasePath;

    [Params("memory", "sqlite")]
    public string Store { get; set; } = "memory";

    /// <summary>
    /// Gets or sets <see cref="DeliveryOptions.ConcurrencyPerChannel"/>: 4 is the default; with a durable
    /// store each delivery waits for a group commit, so one channel's rate is about workers / commit time.
    /// </summary>
    [Params(4, 32)]
    public int Concurrency { get; set; } = 4;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _channel = new CountingChannel();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var notifications = builder.Services.AddAiOpsNotifications(o =>
            {
                o.Queue.Capacity = Notifications * 2;
                o.Delivery.ConcurrencyPerChannel = Concurrency;
            })
            .AddChannel(_channel.Name, InMemoryChannel.ChannelKind, _ => _channel)
            .AddTemplate(new Templates.TemplateDefinition(
                InMemoryChannel.ChannelKind, "*", "text", InMemoryChannelBuilderExtensions.DefaultTemplate,
                Templates.TemplateEncoders.PlainText));
        if (Store == "sqlite")
        {
            _databasePath = Path.Combine(Path.GetTempPath(), $"aiops-bench-{Guid.NewGuid():N}.db");
            notifications.UseSqlite(o => o.DatabasePath = _databasePath);
        }

        _host = builder.Build();
        await _host.StartAsync();
        _publisher = _host.Services.GetRequiredService<INotificationPublisher>();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        if (_databasePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_databasePath)!, Path.GetFileName(_databasePath) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Notifications)]
    public async Task PublishToDelivered()
    {
        var target = _channel.Delivered + Notifications;
        var publishing = new Task[Notifications];
        for (var i = 0; i < Notifications; i++)
        {
            publishing[i] = _publisher.PublishAsync(new NotificationRequest
            {
                Type = NotificationTypes.Test,
                Title = "Benchmark notification",
                Priority = (NotificationPriority)(i % 4),
            });
        }

        await Task.WhenAll(publishing);
        await _channel.WaitForAsync(target);
    }

    /// <summary>Counts deliveries without keeping them, so memory stays flat across iterations.</summary>
    private sealed class CountingChannel : INotificationChannel
    {
        // The channel's own cost stays out of the figures: its answer is made once.
        private static readonly Task<DeliveryResult> Done = Task.FromResult(DeliveryResult.Delivered());

        private long _delivered;
        private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _target = long.MaxValue;

        public string Name => "memory";

        public string Kind => InMemoryChannel.ChannelKind;

        public long Delivered => Interlocked.Read(ref _delivered);

        public Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _delivered) >= Interlocked.Read(ref _target))
            {
                _reached.TrySetResult();
            }

            return Done;
        }

        public Task WaitForAsync(long target)
        {
            _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Interlocked.Exchange(ref _target, target);
            return Delivered >= target ? Task.CompletedTask : _reached.Task;
        }
    }
}
