namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>An incident manager whose publishing queue is always full.</summary>
internal sealed class OverloadedIncidentManager : IIncidentManager
{
    public Task<Incident> ReportAsync(IncidentReport report, CancellationToken cancellationToken = default) =>
        throw new QueueFullException();

    public Task<Incident?> AcknowledgeAsync(
        string incidentId, string? by, CancellationToken cancellationToken = default) =>
        throw new QueueFullException();

    public Task<Incident?> ResolveAsync(string incidentId, string? by, CancellationToken cancellationToken = default) =>
        throw new QueueFullException();

    public Task<Incident?> ResolveByFingerprintAsync(
        string fingerprint, string? by, CancellationToken cancellationToken = default) =>
        throw new QueueFullException();

    public Task<Incident?> AttachDiagnosisAsync(
        string incidentId, Diagnosis diagnosis, CancellationToken cancellationToken = default) =>
        throw new QueueFullException();

    public Task<DiagnosisFeedback?> GiveFeedbackAsync(
        string incidentId, bool helpful, string? comment, string? by, CancellationToken cancellationToken = default) =>
        throw new QueueFullException();
}
