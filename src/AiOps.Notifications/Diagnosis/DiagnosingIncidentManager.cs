using AiOps.Notifications.Internal;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications;

/// <summary>Wraps the incident manager: a newly detected incident is also handed to the diagnosis worker.</summary>
internal sealed class DiagnosingIncidentManager(
    IIncidentManager inner, DiagnosisQueue queue, ILogger<DiagnosingIncidentManager> logger) : IIncidentManager
{
    public async Task<Incident> ReportAsync(IncidentReport report, CancellationToken cancellationToken = default)
    {
        var incident = await inner.ReportAsync(report, cancellationToken).ConfigureAwait(false);
        if (incident.OccurrenceCount == 1 && incident.Diagnosis is null && !queue.TryAdd(incident))
        {
            Log.DiagnosisQueueFull(logger, incident.Id);
        }

        return incident;
    }

    public Task<Incident?> AcknowledgeAsync(string incidentId, string? by, CancellationToken cancellationToken = default) =>
        inner.AcknowledgeAsync(incidentId, by, cancellationToken);

    public Task<Incident?> ResolveAsync(string incidentId, string? by, CancellationToken cancellationToken = default) =>
        inner.ResolveAsync(incidentId, by, cancellationToken);

    public Task<Incident?> ResolveByFingerprintAsync(
        string fingerprint, string? by, CancellationToken cancellationToken = default) =>
        inner.ResolveByFingerprintAsync(fingerprint, by, cancellationToken);

    public Task<Incident?> AttachDiagnosisAsync(
        string incidentId, Diagnosis diagnosis, CancellationToken cancellationToken = default) =>
        inner.AttachDiagnosisAsync(incidentId, diagnosis, cancellationToken);

    public Task<DiagnosisFeedback?> GiveFeedbackAsync(
        string incidentId, bool helpful, string? comment, string? by, CancellationToken cancellationToken = default) =>
        inner.GiveFeedbackAsync(incidentId, helpful, comment, by, cancellationToken);
}
