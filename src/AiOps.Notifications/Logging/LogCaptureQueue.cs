using System.Threading.Channels;
using AiOps.Notifications.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Logging;

/// <summary>A bounded queue of captured entries (drop-oldest, counted) and the pump that reports them as incidents.</summary>
/// <remarks>
/// The pump runs in its own flow marked by <see cref="LogCaptureScope"/>, and the library's own categories are never
/// captured, so reporting an incident can never produce another one.
/// </remarks>
internal sealed class LogCaptureQueue : IAsyncDisposable
{
    private const string OwnCategoryPrefix = "AiOps.Notifications";

    private readonly Channel<CapturedLogEntry> _channel;
    private readonly AiOpsLoggerOptions _options;
    private readonly IServiceProvider _services;
    private readonly Lazy<Task> _pump;
    private long _dropped;

    public LogCaptureQueue(IOptions<AiOpsLoggerOptions> options, IServiceProvider services)
    {
        _options = options.Value;
        _services = services;
        _channel = Channel.CreateBounded<CapturedLogEntry>(
            new BoundedChannelOptions(Math.Max(1, _options.QueueCapacity))
            {
                FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true,
            },
            _ => Interlocked.Increment(ref _dropped));
        _pump = new Lazy<Task>(() => Task.Run(PumpAsync), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets how many entries were dropped because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public bool Captures(string category, LogLevel level) =>
        level >= _options.MinimumLevel && level != LogLevel.None
        && !category.StartsWith(OwnCategoryPrefix, StringComparison.Ordinal)
        && !_options.ExcludeCategories.Any(prefix => category.StartsWith(prefix, StringComparison.Ordinal))
        && (_options.IncludeCategories.Count == 0
            || _options.IncludeCategories.Any(prefix => category.StartsWith(prefix, StringComparison.Ordinal)));

    public void Add(CapturedLogEntry entry)
    {
        _channel.Writer.TryWrite(entry);
        _ = _pump.Value;
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        if (_pump.IsValueCreated)
        {
            await _pump.Value.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task PumpAsync()
    {
        LogCaptureScope.Enter();
        var logger = _services.GetService<ILoggerFactory>()?.CreateLogger(typeof(LogCaptureQueue).FullName!);
        long reportedDrops = 0;
        await foreach (var entry in _channel.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            await ReportAsync(entry, logger).ConfigureAwait(false);
            var dropped = Dropped;
            if (dropped != reportedDrops && logger is not null)
            {
                Log.LogEntriesDropped(logger, dropped - reportedDrops, dropped);
                reportedDrops = dropped;
            }
        }
    }

    private async Task ReportAsync(CapturedLogEntry entry, ILogger? logger)
    {
        try
        {
            var incidents = _services.GetRequiredService<IIncidentManager>();
            await incidents.ReportAsync(LogIncidentFactory.Create(entry)).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A failing store or a stopped host must not take the host's logging down with it.
            if (logger is not null)
            {
                Log.LogCaptureFailed(logger, exception);
            }
        }
    }
}
