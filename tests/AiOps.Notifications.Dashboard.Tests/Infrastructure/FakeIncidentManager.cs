using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>Folds reports by fingerprint into the store, standing in until the core's manager is on main.</summary>
internal sealed class FakeIncidentManager(INotificationStore store, TimeProvider time) : IIncidentManager
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _next;

    public async Task<Incident> ReportAsync(IncidentReport report, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var fingerprint = report.Fingerprint ?? report.Title;
            var open = await store.FindOpenIncidentAsync(fingerprint, cancellationToken);
            var incident = open is null
                ? Open(report, fingerprint)
                : open with { OccurrenceCount = open.OccurrenceCount + 1, LastSeenAt = time.GetUtcNow() };
            await store.SaveIncidentAsync(incident, cancellationToken);
            return incident;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task<Incident?> AcknowledgeAsync(string incidentId, string? by, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public async Task<Incident?> ResolveAsync(string incidentId, string? by, CancellationToken cancellationToken = default)
    {
        var incident = await store.FindIncidentAsync(incidentId, cancellationToken);
        return incident is null ? null : await ResolveAsync(incident, by, cancellationToken);
    }

    public async Task<Incident?> ResolveByFingerprintAsync(
        string fingerprint, string? by, CancellationToken cancellationToken = default)
    {
        var incident = await store.FindOpenIncidentAsync(fingerprint, cancellationToken);
        return incident is null ? null : await ResolveAsync(incident, by, cancellationToken);
    }

    public Task<Incident?> AttachDiagnosisAsync(
        string incidentId, Diagnosis diagnosis, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    private Incident Open(IncidentReport report, string fingerprint) => new()
    {
        Id = "inc-" + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Fingerprint = fingerprint,
        Title = report.Title,
        Message = report.Message,
        Component = report.Component,
        Source = report.Source,
        Level = report.Level,
        Labels = report.Labels ?? new Dictionary<string, string>(),
        Annotations = report.Annotations ?? new Dictionary<string, string>(),
        DetectedAt = time.GetUtcNow(),
        LastSeenAt = time.GetUtcNow(),
    };

    private async Task<Incident> ResolveAsync(Incident incident, string? by, CancellationToken cancellationToken)
    {
        var resolved = incident with { Status = IncidentStatus.Resolved, ResolvedAt = time.GetUtcNow(), ResolvedBy = by };
        await store.SaveIncidentAsync(resolved, cancellationToken);
        return resolved;
    }
}
