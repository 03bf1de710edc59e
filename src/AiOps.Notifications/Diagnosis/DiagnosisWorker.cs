using AiOps.Notifications.Internal;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications;

/// <summary>Runs the diagnosis providers on detected incidents, one incident at a time, each with a timeout.</summary>
internal sealed class DiagnosisWorker(
    DiagnosisQueue queue,
    IEnumerable<IDiagnosisProvider> providers,
    IncidentManager incidents,
    IOptions<DiagnosisOptions> options,
    TimeProvider timeProvider,
    ILogger<DiagnosisWorker> logger) : BackgroundService
{
    private readonly IReadOnlyList<IDiagnosisProvider> _providers = [.. providers];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var incident in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            var diagnosis = await DiagnoseAsync(incident, stoppingToken).ConfigureAwait(false);
            if (diagnosis is not null)
            {
                await incidents.AttachDiagnosisAsync(incident.Id, diagnosis, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<Diagnosis?> DiagnoseAsync(Incident incident, CancellationToken stoppingToken)
    {
        foreach (var provider in _providers)
        {
            var diagnosis = await TryProviderAsync(provider, incident, stoppingToken).ConfigureAwait(false);
            if (diagnosis is not null)
            {
                Log.Diagnosed(logger, provider.Name, incident.Id);
                return diagnosis with
                {
                    AgentName = string.IsNullOrWhiteSpace(diagnosis.AgentName) ? provider.Name : diagnosis.AgentName,
                    ProducedAt = timeProvider.GetUtcNow(),
                };
            }
        }

        return null;
    }

    private async Task<Diagnosis?> TryProviderAsync(
        IDiagnosisProvider provider, Incident incident, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(options.Value.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            return await provider.DiagnoseAsync(incident, linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            Log.DiagnosisTimedOut(logger, provider.Name, incident.Id);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.DiagnosisFailed(logger, provider.Name, incident.Id, exception);
        }

        return null;
    }
}
