using AiOps.Notifications.Internal;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Reminders;

/// <summary>
/// Reminds about open, unacknowledged incidents whose route sets a repeat interval, once per check
/// interval. It keeps no state: "last sent" comes from the store, so a restart picks up where it was.
/// </summary>
internal sealed class ReminderRunner(
    IncidentReminder reminder,
    INotificationStore store,
    TimeProvider timeProvider,
    IOptions<AiOpsNotificationsOptions> options,
    ILogger<ReminderRunner> logger) : BackgroundService
{
    private const int PageSize = 100;
    private static readonly IncidentStatus[] AwaitingOwner = [IncidentStatus.New, IncidentStatus.Diagnosed];
    private readonly TimeSpan _checkInterval = options.Value.Reminders.CheckInterval;
    private readonly bool _anyRepeat = HasRepeatInterval(options.Value.Routing);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_anyRepeat)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RemindDueAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(_checkInterval, timeProvider, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Checks every open, unacknowledged incident once and sends the reminders that are due.</summary>
    internal async Task RemindDueAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var status in AwaitingOwner)
            {
                await CheckStatusAsync(status, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.ReminderCheckFailed(logger, exception);
        }
    }

    private async Task CheckStatusAsync(IncidentStatus status, CancellationToken cancellationToken)
    {
        // Reminders do not change incidents, so skip-based paging is stable; one that changes status
        // meanwhile is seen on the next check.
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await store.QueryIncidentsAsync(
                new IncidentQuery { Status = status, Skip = skip, Take = PageSize }, cancellationToken)
                .ConfigureAwait(false);
            foreach (var incident in page.Items)
            {
                await CheckOneAsync(incident, cancellationToken).ConfigureAwait(false);
            }

            if (page.Items.Count < PageSize)
            {
                return;
            }
        }
    }

    private async Task CheckOneAsync(Incident incident, CancellationToken cancellationToken)
    {
        try
        {
            await reminder.CheckAsync(incident, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.ReminderFailed(logger, exception, incident.Id);
        }
    }

    private static bool HasRepeatInterval(NotificationRouteOptions route) =>
        route.RepeatInterval is not null || route.Routes.Exists(HasRepeatInterval);
}
