using AiOps.Notifications.Channels;
using AiOps.Notifications.Escalation;
using AiOps.Notifications.Grouping;
using AiOps.Notifications.Health;
using AiOps.Notifications.Internal;
using AiOps.Notifications.Resilience;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Telemetry;
using AiOps.Notifications.Templates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace AiOps.Notifications.Dispatch;

/// <summary>
/// Takes one delivery from the outbox to its channel: render, send through the pipeline, record every
/// attempt.
/// </summary>
internal sealed partial class DeliveryProcessor(
    INotificationStore store,
    ChannelRegistry channels,
    ITemplateRenderer renderer,
    ChannelPipelines pipelines,
    ChannelRateLimiters rateLimiters,
    AttemptTimeouts timeouts,
    ChannelHealthTracker health,
    GroupBuffer groups,
    IncidentLinks links,
    EscalationService escalations,
    IdGenerator ids,
    TimeProvider timeProvider,
    IOptions<AiOpsNotificationsOptions> options,
    NotificationsTelemetry telemetry,
    ILogger<DeliveryProcessor> logger)
{
    private readonly DeliveryOptions _settings = options.Value.Delivery;

    /// <summary>Takes a delivery to its channel.</summary>
    /// <returns>
    /// Completes once the channel has answered (or the delivery ended without a send); its result is the
    /// write that records the outcome, which may still be running, so a worker can take its next delivery
    /// while the store commits.
    /// </returns>
    public async ValueTask<Task> ProcessAsync(string deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await store.FindDeliveryAsync(deliveryId, cancellationToken).ConfigureAwait(false);
        if (delivery is not { Status: DeliveryStatus.Pending })
        {
            return Task.CompletedTask;
        }

        var channel = channels.Find(delivery.Channel);
        if (channel is null)
        {
            Log.UnknownChannel(logger, delivery.Id, delivery.Channel);
            await FinishAsync(delivery, DeliveryResult.Permanent("Channel is not registered."))
                .ConfigureAwait(false);
            return Task.CompletedTask;
        }

        var message = await PrepareAsync(delivery, channel, cancellationToken).ConfigureAwait(false);
        if (message is null)
        {
            return Task.CompletedTask;
        }

        var attempts = new AttemptCounter(delivery.AttemptCount);
        var result = await SendAsync(channel, message, attempts, cancellationToken).ConfigureAwait(false);
        if (attempts.StaleReason is { } stale)
        {
            await CancelAsync(delivery with { AttemptCount = attempts.Count }, stale).ConfigureAwait(false);
            return Task.CompletedTask;
        }

        return FinishAsync(delivery, result, attempts.Count, attempts.Final);
    }

    private async ValueTask<ChannelMessage?> PrepareAsync(
        Delivery delivery, INotificationChannel channel, CancellationToken cancellationToken)
    {
        var notification = await store.FindNotificationAsync(delivery.NotificationId, cancellationToken)
            .ConfigureAwait(false);
        if (notification is null)
        {
            await FinishAsync(delivery, DeliveryResult.Permanent("Notification not found."))
                .ConfigureAwait(false);
            return null;
        }

        var incident = notification.IncidentId is null
            ? null
            : await store.FindIncidentAsync(notification.IncidentId, cancellationToken).ConfigureAwait(false);
        if (StaleReason(notification, incident) is { } stale)
        {
            await CancelAsync(delivery, stale).ConfigureAwait(false);
            return null;
        }

        var group = groups.Take(delivery.Id);
        if (await SettleWithGroupAsync(delivery, group).ConfigureAwait(false))
        {
            return null;
        }

        (notification, incident) = GroupedView(notification, incident, group);
        var model = new TemplateModel
        {
            Notification = notification,
            Incident = incident,
            Recipient = delivery.Recipient,
            IncidentUrl = links.For(incident),
        };

        try
        {
            var content = await renderer.RenderAsync(channel.Kind, model, cancellationToken).ConfigureAwait(false);
            return new ChannelMessage
            {
                Delivery = delivery,
                Notification = notification,
                Incident = incident,
                Content = content,
                AttemptNumber = delivery.AttemptCount + 1,
            };
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            var failed = DeliveryResult.Permanent("Template failed: " + HttpDeliveryResults.Shorten(exception.Message));
            await FinishAsync(delivery, failed).ConfigureAwait(false);
            return null;
        }
    }

    private async ValueTask<DeliveryResult> SendAsync(
        INotificationChannel channel, ChannelMessage message, AttemptCounter attempts, CancellationToken cancellationToken)
    {
        // The counter rides in the context so the retry stops at MaxAttempts, counting earlier runs.
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(AttemptCounter.Key, attempts);
        try
        {
            // The state is passed, not captured, so an attempt allocates no closure.
            return await pipelines.For(channel.Name).ExecuteAsync(
                static (context, state) => state.Processor.AttemptAsync(
                    state.Channel, state.Message, state.Attempts, context.CancellationToken),
                context,
                (Processor: this, Channel: channel, Message: message, Attempts: attempts)).ConfigureAwait(false);
        }
        catch (BrokenCircuitException broken)
        {
            return DeliveryResult.Transient("Circuit open: the channel failed repeatedly.", null, broken.RetryAfter);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<DeliveryResult> AttemptAsync(
        INotificationChannel channel, ChannelMessage message, AttemptCounter attempts, CancellationToken cancellationToken)
    {
        var (acquired, wait) = await rateLimiters.WaitAsync(channel, cancellationToken).ConfigureAwait(false);
        if (!acquired)
        {
            // No token, no send: the delivery is retried like any transient failure, without counting an attempt.
            return DeliveryResult.Transient("The channel's rate limiter refused the attempt.", null, wait);
        }

        // Every attempt, the first and each retry, checks again: an acknowledgement may land while it waits.
        if (await StaleNowAsync(message, cancellationToken).ConfigureAwait(false) is { } stale)
        {
            attempts.StaleReason = stale;
            return StaleResult;
        }

        var number = attempts.Next();
        using var activity = NotificationsTelemetry.ActivitySource.StartActivity("aiops.delivery.attempt");
        activity?.SetTag("aiops.channel", channel.Name);
        activity?.SetTag("aiops.delivery.id", message.Delivery.Id);
        activity?.SetTag("aiops.attempt", number);
        var started = timeProvider.GetUtcNow();
        var clock = timeProvider.GetTimestamp();
        var numbered = message.AttemptNumber == number ? message : message with { AttemptNumber = number };
        var result = await CallChannelAsync(channel, numbered, cancellationToken).ConfigureAwait(false);
        var duration = timeProvider.GetElapsedTime(clock);

        // A failure that may be retried is stored now; an attempt that ends the run is stored with its outcome.
        var attempt = CreateAttempt(message.Delivery, number, started, duration, result);
        if (result.Outcome == AttemptOutcome.TransientFailure)
        {
            await store.AddAttemptAsync(attempt, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            attempts.Final = attempt;
        }

        telemetry.Attempted(channel.Name, result.Outcome, duration);
        health.Record(channel.Name, result.Outcome, started, result.Detail);
        activity?.SetTag("aiops.outcome", result.Outcome.ToString());
        activity?.SetStatus(result.Succeeded ? System.Diagnostics.ActivityStatusCode.Ok : System.Diagnostics.ActivityStatusCode.Error);
        // The last allowed attempt is not retried: its failure is logged once, as final, when it is stored.
        if (result.Outcome == AttemptOutcome.TransientFailure && number < _settings.MaxAttempts)
        {
            Log.AttemptFailed(logger, message.Delivery.Id, channel.Name, number, result);
        }

        return result;
    }

    private async ValueTask<DeliveryResult> CallChannelAsync(
        INotificationChannel channel, ChannelMessage message, CancellationToken cancellationToken)
    {
        var timeout = timeouts.Rent(_settings.AttemptTimeout);
        var stopping = cancellationToken.UnsafeRegister(
            static source => ((CancellationTokenSource)source!).Cancel(), timeout);
        try
        {
            return await channel.SendAsync(message, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
            when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Transient($"Timed out after {_settings.AttemptTimeout.TotalSeconds:0.#} s.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A channel should return failures, not throw them; a throw still counts as a failed attempt.
            return HttpDeliveryResults.FromException(exception);
        }
        finally
        {
            await stopping.DisposeAsync().ConfigureAwait(false);
            timeouts.Return(timeout);
        }
    }
}
