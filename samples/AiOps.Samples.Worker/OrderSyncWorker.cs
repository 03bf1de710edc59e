namespace AiOps.Samples.Worker;

/// <summary>A worker that fails now and then, the way real ones do; its error logs become incidents.</summary>
internal sealed partial class OrderSyncWorker(ILogger<OrderSyncWorker> logger, TimeProvider timeProvider)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var round = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            round++;
            try
            {
                Sync(round);
            }
            catch (TimeoutException exception)
            {
                LogSyncFailed(logger, exception, "orders-db");
            }

            await Task.Delay(TimeSpan.FromSeconds(30), timeProvider, stoppingToken);
        }
    }

    private static void Sync(int round)
    {
        if (round % 3 == 0)
        {
            throw new TimeoutException("Connection to orders-db timed out after 15 s");
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Order sync against {Database} failed")]
    private static partial void LogSyncFailed(ILogger logger, Exception exception, string database);
}
