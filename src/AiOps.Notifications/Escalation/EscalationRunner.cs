using AiOps.Notifications.Internal;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Escalation;

/// <summary>Fires due escalation steps. The timers live in the store, so a restart resumes them.</summary>
internal sealed class EscalationRunner(
    EscalationService escalations,
    INotificationStore store,
    TimeProvider timeProvider,
    ILogger<EscalationRunner> logger) : BackgroundService
{
    internal static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private const int Batch = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FireDueAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(PollInterval, timeProvider, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    internal async Task FireDueAsync(CancellationToken cancellationToken)
    {
        var due = await store.GetDueEscalationsAsync(timeProvider.GetUtcNow(), Batch, cancellationToken)
            .ConfigureAwait(false);
        foreach (var state in due)
        {
            try
            {
                await escalations.FireAsync(state, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.EscalationFailed(logger, exception, state.IncidentId);
            }
        }
    }
}
