using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AiOps.Notifications.Health;

/// <summary>
/// Reports one channel: healthy while its last attempt succeeded, degraded after a failure, unhealthy
/// after several in a row.
/// </summary>
internal sealed class ChannelHealthCheck(ChannelHealthTracker tracker, string channel) : IHealthCheck
{
    internal const int UnhealthyAfter = 5;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = tracker.Get(channel);
        var data = new Dictionary<string, object>
        {
            ["attempts"] = health.Attempts,
            ["consecutiveFailures"] = health.ConsecutiveFailures,
        };
        if (health.LastSuccessAt is { } success)
        {
            data["lastSuccessAt"] = success;
        }

        var result = health.ConsecutiveFailures switch
        {
            0 when health.Attempts == 0 => HealthCheckResult.Healthy("No attempts yet.", data),
            0 => HealthCheckResult.Healthy("The last attempt succeeded.", data),
            < UnhealthyAfter => HealthCheckResult.Degraded($"{health.ConsecutiveFailures} failed attempt(s) in a row: {health.LastError}", data: data),
            _ => HealthCheckResult.Unhealthy($"{health.ConsecutiveFailures} failed attempts in a row: {health.LastError}", data: data),
        };
        return Task.FromResult(result);
    }
}
