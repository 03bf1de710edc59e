namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Applies a valid Alertmanager payload: firing alerts report incidents, resolved ones resolve them.</summary>
/// <remarks>
/// Alerts are keyed by their fingerprint, so the same payload delivered twice (as Alertmanager clusters do)
/// folds into the same open incident instead of opening another.
/// </remarks>
internal sealed class AlertmanagerIngestor(IIncidentManager incidents)
{
    public async Task<IngestSummary> IngestAsync(
        AlertmanagerPayload payload, CancellationToken cancellationToken) =>
        await IngestAsync(payload, AlertmanagerIncidentMapper.Source, cancellationToken).ConfigureAwait(false);

    public async Task<IngestSummary> IngestAsync(
        AlertmanagerPayload payload, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);

        var tally = new Tally();
        foreach (var alert in payload.Alerts ?? [])
        {
            await ApplyAsync(alert!, source, tally, cancellationToken).ConfigureAwait(false);
        }

        return tally.ToSummary(payload.Alerts?.Count ?? 0);
    }

    private async Task ApplyAsync(
        AlertmanagerAlert alert, string source, Tally tally, CancellationToken cancellationToken)
    {
        if (AlertStatus.IsResolved(alert.Status))
        {
            var fingerprint = AlertmanagerIncidentMapper.Fingerprint(alert, source);
            var resolved = await incidents
                .ResolveByFingerprintAsync(fingerprint, source, cancellationToken)
                .ConfigureAwait(false);
            tally.Resolve(resolved);
            return;
        }

        // Only the payload's first report may be refused for a full queue: once one is applied, a refusal
        // would make the sender retry the whole payload and count the applied alerts twice.
        var report = AlertmanagerIncidentMapper.ToReport(alert, source);
        if (tally.Reported)
        {
            report = report with { WhenQueueFull = QueueFullMode.SpillToOutbox };
        }

        var incident = await incidents.ReportAsync(report, cancellationToken).ConfigureAwait(false);
        tally.Report(incident);
    }

    private sealed class Tally
    {
        private readonly List<string> _ids = [];
        private int _opened;
        private int _updated;
        private int _resolved;
        private int _ignored;

        public bool Reported => _opened + _updated > 0;

        public void Report(Incident incident)
        {
            _ids.Add(incident.Id);
            if (incident.OccurrenceCount <= 1)
            {
                _opened++;
            }
            else
            {
                _updated++;
            }
        }

        public void Resolve(Incident? incident)
        {
            if (incident is null)
            {
                _ignored++;
                return;
            }

            _ids.Add(incident.Id);
            _resolved++;
        }

        public IngestSummary ToSummary(int received) =>
            new(received, _opened, _updated, _resolved, _ignored, _ids);
    }
}
