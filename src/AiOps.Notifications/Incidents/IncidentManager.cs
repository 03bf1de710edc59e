using AiOps.Notifications.Dispatch;
using AiOps.Notifications.Escalation;
using AiOps.Notifications.Inhibition;
using AiOps.Notifications.Internal;
using AiOps.Notifications.Reminders;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Telemetry;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications;

internal sealed class IncidentManager(
    INotificationStore store,
    NotificationPublisher publisher,
    StoredDeliveryQueuer queuer,
    EscalationService escalations,
    IncidentLocks locks,
    NotificationsTelemetry telemetry,
    IncidentReminder reminder,
    InhibitionIndex inhibitions,
    DeliveryQueue queue,
    IdGenerator ids,
    TimeProvider timeProvider,
    ILogger<IncidentManager> logger) : IIncidentManager
{
    public async Task<Incident> ReportAsync(IncidentReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.Title, nameof(report));
        var mode = report.WhenQueueFull ?? queue.DefaultMode;
        queue.ThrowIfFull(mode);

        var (incident, deliveries) = await RecordAsync(report, mode, cancellationToken).ConfigureAwait(false);

        // Queued only after the incident's lock is released: a wait for room under it would hold up every
        // incident on the same stripe. The deliveries are stored, so the outbox poller covers this gap.
        await queuer.QueueAsync(deliveries, mode, cancellationToken).ConfigureAwait(false);
        return incident;
    }

    public Task<Incident?> AcknowledgeAsync(
        string incidentId, string? by, CancellationToken cancellationToken = default) =>
        ChangeAsync(incidentId, cancellationToken, (incident, now) => incident.IsOpen && incident.AcknowledgedAt is null
            ? (incident with { Status = IncidentStatus.Acknowledged, AcknowledgedAt = now, AcknowledgedBy = by }, null)
            : (incident, null));

    public Task<Incident?> ResolveAsync(string incidentId, string? by, CancellationToken cancellationToken = default) =>
        ChangeAsync(incidentId, cancellationToken, (incident, now) => incident.IsOpen
            ? (incident with { Status = IncidentStatus.Resolved, ResolvedAt = now, ResolvedBy = by },
                NotificationTypes.IncidentResolved)
            : (incident, null));

    public async Task<Incident?> ResolveByFingerprintAsync(
        string fingerprint, string? by, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);

        var open = await store.FindOpenIncidentAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        return open is null ? null : await ResolveAsync(open.Id, by, cancellationToken).ConfigureAwait(false);
    }

    public Task<Incident?> AttachDiagnosisAsync(
        string incidentId, Diagnosis diagnosis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);

        return ChangeAsync(incidentId, cancellationToken, (incident, now) =>
        {
            var attached = diagnosis.ProducedAt == default ? diagnosis with { ProducedAt = now } : diagnosis;
            var status = incident.Status == IncidentStatus.New ? IncidentStatus.Diagnosed : incident.Status;
            return (incident with { Diagnosis = attached, Status = status }, NotificationTypes.IncidentDiagnosed);
        });
    }

    public async Task<DiagnosisFeedback?> GiveFeedbackAsync(
        string incidentId, bool helpful, string? comment, string? by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);

        var incident = await store.FindIncidentAsync(incidentId, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            return null;
        }

        var diagnosis = incident.Diagnosis ?? throw new InvalidOperationException(
            $"Incident '{incidentId}' has no diagnosis to give feedback on. Attach one first.");
        var feedback = new DiagnosisFeedback
        {
            Id = ids.Create("fbk"),
            IncidentId = incidentId,
            AgentName = diagnosis.AgentName,
            Helpful = helpful,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            GivenBy = by,
            GivenAt = timeProvider.GetUtcNow(),
        };
        await store.AddFeedbackAsync(feedback, cancellationToken).ConfigureAwait(false);
        return feedback;
    }

    private async Task<Incident?> ChangeAsync(
        string incidentId,
        CancellationToken cancellationToken,
        Func<Incident, DateTimeOffset, (Incident Changed, string? NotificationType)> change)
    {
        ArgumentNullException.ThrowIfNull(incidentId);

        var found = await store.FindIncidentAsync(incidentId, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }

        using var _ = await locks.AcquireAsync(found.Fingerprint, cancellationToken).ConfigureAwait(false);

        // Read again under the lock: another change may have landed while this one waited.
        var current = await store.FindIncidentAsync(incidentId, cancellationToken).ConfigureAwait(false) ?? found;
        var (changed, notificationType) = change(current, timeProvider.GetUtcNow());
        if (ReferenceEquals(changed, current))
        {
            return current;
        }

        await store.SaveIncidentAsync(changed, cancellationToken).ConfigureAwait(false);
        inhibitions.Track(changed);
        Log.IncidentChanged(logger, changed.Id, changed.Status);
        if (!EscalationService.NeedsEscalation(changed))
        {
            await escalations.StopAsync(changed.Id, cancellationToken).ConfigureAwait(false);
        }

        if (notificationType is not null)
        {
            // A change of an existing incident is never refused for a full queue: acknowledging or resolving
            // reduces work, and its notification waits in the outbox instead.
            await PublishAsync(changed, notificationType, QueueFullMode.SpillToOutbox, cancellationToken)
                .ConfigureAwait(false);
        }

        return changed;
    }

    /// <summary>
    /// Folds a report into its open incident or opens one, under the incident's lock, and gets the stored
    /// deliveries of the detected notification, still to be queued.
    /// </summary>
    private async Task<(Incident Incident, IReadOnlyList<Delivery> Deliveries)> RecordAsync(
        IncidentReport report, QueueFullMode mode, CancellationToken cancellationToken)
    {
        var fingerprint = string.IsNullOrWhiteSpace(report.Fingerprint)
            ? IncidentFingerprint.Compute(report)
            : report.Fingerprint;
        using var _ = await locks.AcquireAsync(fingerprint, cancellationToken).ConfigureAwait(false);

        var now = timeProvider.GetUtcNow();
        var open = await store.FindOpenIncidentAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        if (open is not null)
        {
            return (await FoldAsync(open, now, cancellationToken).ConfigureAwait(false), []);
        }

        var incident = CreateIncident(report, fingerprint, now);
        var deliveries = await OpenAsync(incident, mode, cancellationToken).ConfigureAwait(false);
        return (incident, deliveries);
    }

    /// <summary>
    /// Stores a new incident with its detected notification, the deliveries and its escalation timer in one
    /// write, so that no crash or cancellation leaves an open incident that was never announced.
    /// </summary>
    private async Task<IReadOnlyList<Delivery>> OpenAsync(
        Incident incident, QueueFullMode mode, CancellationToken cancellationToken)
    {
        // Nothing is stored yet, so fail-fast may still refuse the report: when none of its lanes has room.
        var request = Request(incident, NotificationTypes.IncidentDetected, mode);
        var (notification, deliveries) = publisher.Prepare(request, incident);
        var escalation = escalations.Plan(incident);
        try
        {
            await store.OpenIncidentAsync(incident, notification, deliveries, escalation, cancellationToken)
                .ConfigureAwait(false);
        }
        catch
        {
            publisher.Abandon(deliveries);
            throw;
        }

        // Only a stored incident inhibits others; the index never mutes an incident's own notification.
        inhibitions.Track(incident);
        Log.IncidentDetected(logger, incident.Id, incident.Level, incident.Source);
        publisher.Published(notification, deliveries);
        if (escalation is not null)
        {
            escalations.Started(escalation);
        }

        return deliveries;
    }

    private async Task<Incident> FoldAsync(Incident open, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var folded = open with { LastSeenAt = now, OccurrenceCount = open.OccurrenceCount + 1 };
        await store.SaveIncidentAsync(folded, cancellationToken).ConfigureAwait(false);
        Log.IncidentFolded(logger, folded.Id, folded.OccurrenceCount);
        telemetry.Deduplicated();
        await reminder.RemindIfDueAsync(folded, cancellationToken).ConfigureAwait(false);
        return folded;
    }

    private Incident CreateIncident(IncidentReport report, string fingerprint, DateTimeOffset now) => new()
    {
        Id = ids.Create("inc"),
        Fingerprint = fingerprint,
        Title = report.Title.Trim(),
        Message = report.Message,
        Component = report.Component,
        Category = report.Category,
        Source = report.Source,
        Level = report.Level,
        Priority = report.Priority ?? IncidentPriority.Of(report.Level),
        Status = IncidentStatus.New,
        Labels = report.Labels ?? EmptyLabels.Instance,
        Annotations = report.Annotations ?? EmptyLabels.Instance,
        DetectedAt = DetectionTime(report.StartedAt, now),
        LastSeenAt = now,
    };

    /// <summary>A start the source dates after the report is received (a wrong clock) counts from receipt.</summary>
    private static DateTimeOffset DetectionTime(DateTimeOffset? startedAt, DateTimeOffset now) =>
        startedAt is { } started && started < now ? started : now;

    private Task<Notification> PublishAsync(
        Incident incident, string type, QueueFullMode whenQueueFull, CancellationToken cancellationToken) =>
        publisher.PublishAsync(Request(incident, type, whenQueueFull), cancellationToken);

    private static NotificationRequest Request(Incident incident, string type, QueueFullMode whenQueueFull) => new()
    {
        Type = type,
        Title = incident.Title,
        Priority = incident.Priority,
        IncidentId = incident.Id,
        Labels = incident.Labels,
        WhenQueueFull = whenQueueFull,
    };
}
