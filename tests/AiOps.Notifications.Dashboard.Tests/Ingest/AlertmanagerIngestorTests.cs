using AiOps.Notifications.Dashboard.Ingest;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Ingest;

public sealed class AlertmanagerIngestorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestAsync_SeveralFiringAlerts_OnlyTheFirstReportMayBeRefusedForAFullQueue()
    {
        await using var host = await DashboardTestHost.StartAsync();
        var recording = new RecordingIncidents(host.Incidents);
        var sut = new AlertmanagerIngestor(recording);
        var payload = new AlertmanagerPayload
        {
            Alerts = [Resolved("a"), Firing("b"), Firing("c"), Firing("d")],
        };

        var summary = await sut.IngestAsync(payload, Ct);

        Assert.Equal(3, summary.Opened);
        Assert.Equal([null, QueueFullMode.SpillToOutbox, QueueFullMode.SpillToOutbox], recording.Modes);
    }

    private static AlertmanagerAlert Firing(string fingerprint) => new()
    {
        Status = "firing",
        Fingerprint = fingerprint,
        Labels = new() { ["alertname"] = "Alert " + fingerprint },
    };

    private static AlertmanagerAlert Resolved(string fingerprint) => Firing(fingerprint) with { Status = "resolved" };

    /// <summary>Passes every call on, noting the queue mode each report asked for.</summary>
    private sealed class RecordingIncidents(IIncidentManager inner) : IIncidentManager
    {
        public List<QueueFullMode?> Modes { get; } = [];

        public Task<Incident> ReportAsync(IncidentReport report, CancellationToken cancellationToken = default)
        {
            Modes.Add(report.WhenQueueFull);
            return inner.ReportAsync(report, cancellationToken);
        }

        public Task<Incident?> AcknowledgeAsync(string incidentId, string? by, CancellationToken cancellationToken = default) =>
            inner.AcknowledgeAsync(incidentId, by, cancellationToken);

        public Task<Incident?> ResolveAsync(string incidentId, string? by, CancellationToken cancellationToken = default) =>
            inner.ResolveAsync(incidentId, by, cancellationToken);

        public Task<Incident?> ResolveByFingerprintAsync(string fingerprint, string? by, CancellationToken cancellationToken = default) =>
            inner.ResolveByFingerprintAsync(fingerprint, by, cancellationToken);

        public Task<Incident?> AttachDiagnosisAsync(string incidentId, Diagnosis diagnosis, CancellationToken cancellationToken = default) =>
            inner.AttachDiagnosisAsync(incidentId, diagnosis, cancellationToken);

        public Task<DiagnosisFeedback?> GiveFeedbackAsync(
            string incidentId, bool helpful, string? comment, string? by, CancellationToken cancellationToken = default) =>
            inner.GiveFeedbackAsync(incidentId, helpful, comment, by, cancellationToken);
    }
}
