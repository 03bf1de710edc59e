using AiOps.Notifications.Internal;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Reports;

/// <summary>Sends each configured digest at its cron times as a <c>report.digest</c> notification.</summary>
internal sealed class DigestScheduler(
    IOptions<DigestSettings> settings,
    OperationsReportBuilder reports,
    INotificationPublisher publisher,
    TimeProvider timeProvider,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedules = settings.Value.Digests.Select(d => new DigestSchedule(d)).ToList();
        var next = schedules.ToDictionary(s => s, s => s.NextAfter(timeProvider.GetUtcNow()));
        while (!stoppingToken.IsCancellationRequested && next.Values.Any(at => at is not null))
        {
            var (schedule, due) = next.Where(p => p.Value is not null).MinBy(p => p.Value!.Value);
            var wait = due!.Value - timeProvider.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, stoppingToken).ConfigureAwait(false);
            }

            await SendAsync(schedule.Options, due.Value, stoppingToken).ConfigureAwait(false);
            next[schedule] = schedule.NextAfter(due.Value);
        }
    }

    private async Task SendAsync(DigestOptions digest, DateTimeOffset firedAt, CancellationToken cancellationToken)
    {
        try
        {
            var report = await reports.BuildAsync(new ReportPeriod(firedAt - digest.Period, firedAt), cancellationToken)
                .ConfigureAwait(false);
            var notification = await publisher.PublishAsync(DigestSummary.Request(digest, report), cancellationToken)
                .ConfigureAwait(false);
            Log.DigestSent(logger, digest.Name, notification.Id);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.DigestFailed(logger, digest.Name, exception);
        }
    }
}
