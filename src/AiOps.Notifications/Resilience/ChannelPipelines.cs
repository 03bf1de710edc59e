using System.Collections.Concurrent;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Dispatch;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace AiOps.Notifications.Resilience;

/// <summary>
/// One resilience pipeline per channel: retry with backoff and jitter honouring Retry-After, then a
/// circuit breaker with the <c>AiOps:Delivery:Breaker*</c> settings.
/// </summary>
internal sealed class ChannelPipelines(IOptions<AiOpsNotificationsOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<DeliveryResult>> _pipelines =
        new(StringComparer.OrdinalIgnoreCase);

    public ResiliencePipeline<DeliveryResult> For(string channel) =>
        _pipelines.GetOrAdd(channel, static (_, self) => self.Create(), this);

    private static bool IsRetriable(DeliveryResult? result, TimeSpan maxRetryAfter) =>
        result is { Outcome: AttemptOutcome.TransientFailure }
        && (result.RetryAfter is null || result.RetryAfter <= maxRetryAfter);

    /// <summary>Gets whether the delivery used up <c>MaxAttempts</c>, earlier runs included.</summary>
    private static bool AttemptsUsedUp(ResilienceContext context, int maxAttempts) =>
        context.Properties.TryGetValue(AttemptCounter.Key, out var attempts) && attempts.Count >= maxAttempts;

    private ResiliencePipeline<DeliveryResult> Create()
    {
        var delivery = options.Value.Delivery;
        var builder = new ResiliencePipelineBuilder<DeliveryResult> { TimeProvider = timeProvider };
        if (delivery.ImmediateAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<DeliveryResult>
            {
                MaxRetryAttempts = delivery.ImmediateAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = delivery.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    IsRetriable(args.Outcome.Result, delivery.MaxRetryAfter)
                    && !AttemptsUsedUp(args.Context, delivery.MaxAttempts)),

                // A service that names its wait gets that wait; a 429 is never retried before the floor.
                DelayGenerator = args => ValueTask.FromResult(
                    RetryDelays.ForRetry(args.Outcome.Result, args.AttemptNumber, delivery)),
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<DeliveryResult>
            {
                FailureRatio = delivery.BreakerFailureRatio,
                MinimumThroughput = delivery.BreakerMinimumThroughput,
                SamplingDuration = delivery.BreakerSamplingDuration,
                BreakDuration = delivery.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Result is { Outcome: AttemptOutcome.TransientFailure }),
            })
            .Build();
    }
}
