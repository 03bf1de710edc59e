using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>What every inbound webhook goes through: verification, de-duplication and overload answers.</summary>
internal sealed class IngestGate(IngestVerifier verifier, IngestDeduplicator deduplicator)
{
    private static readonly TimeSpan OverloadRetryAfter = TimeSpan.FromSeconds(30);

    public IResult? Verify(string source, HttpRequest request, byte[] body) =>
        verifier.Verify(source, request, body);

    /// <summary>Applies a delivery unless its key was applied within the window; 503 when the queue is full.</summary>
    public async Task<IResult> ApplyOnceAsync(
        string deliveryKey,
        int received,
        Func<CancellationToken, Task<IngestSummary>> apply,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        if (!deduplicator.TryClaim(deliveryKey))
        {
            Log.IngestDuplicate(logger);
            return TypedResults.Json(IngestSummary.Duplicated(received), AlertmanagerJsonContext.Default.IngestSummary);
        }

        try
        {
            var summary = await apply(cancellationToken).ConfigureAwait(false);
            Log.AlertmanagerIngested(logger, summary.Opened, summary.Updated, summary.Resolved, summary.Ignored);
            return TypedResults.Json(summary, AlertmanagerJsonContext.Default.IngestSummary);
        }
        catch (QueueFullException exception)
        {
            // Alertmanager retries 5xx only; 503 makes it send the payload again later, and the key is released.
            deduplicator.Release(deliveryKey);
            Log.AlertmanagerOverloaded(logger, exception);
            return DashboardProblems.Overloaded(OverloadRetryAfter);
        }
        catch
        {
            deduplicator.Release(deliveryKey);
            throw;
        }
    }
}
