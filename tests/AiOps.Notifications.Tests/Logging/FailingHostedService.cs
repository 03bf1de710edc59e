using Microsoft.Extensions.Hosting;

namespace AiOps.Notifications.Tests.Logging;

/// <summary>A hosted service that fails the way real ones do: an exception escapes its loop.</summary>
internal sealed class FailingHostedService : BackgroundService
{
    public const string Failure = "Order sync lost its connection to db-7 ⚡";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        SyncOrders();
    }

    private static void SyncOrders() => throw new InvalidOperationException(Failure);
}
