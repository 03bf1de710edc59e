using System.Globalization;
using AiOps.Notifications.Internal;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Escalation;

/// <summary>
/// Starts, fires and stops escalations. Every change to an incident's escalation happens under that
/// incident's lock.
/// </summary>
/// <remarks>
/// Acknowledge and resolve take the same lock, so a step that is due at the very moment somebody
/// acknowledges either fires before the acknowledgement lands or sees it and stops: never after.
/// </remarks>
internal sealed class EscalationService(
    INotificationStore store,
    INotificationPublisher publisher,
    NotificationRouter router,
    IncidentLocks locks,
    NotificationsTelemetry telemetry,
    TimeProvider timeProvider,
    IOptions<AiOpsNotificationsOptions> options,
    ILogger<EscalationService> logger)
{
    private readonly Dictionary<string, EscalationPolicyOptions> _policies = options.Value.EscalationPolicies;

    /// <summary>
    /// Plans the escalation of a new incident when its route names a policy that covers its priority, or
    /// gets <see langword="null"/>. Stores nothing: the caller stores the state with the incident, then calls
    /// <see cref="Started"/>.
    /// </summary>
    public EscalationState? Plan(Incident incident)
    {
        var subject = new RoutingSubject(
            NotificationTypes.IncidentDetected, incident.Priority, incident.Component, incident.Category,
            incident.Labels);
        var name = router.Explain(subject).Select(match => match.EscalationPolicy).FirstOrDefault(p => p is not null);
        if (name is null || !_policies.TryGetValue(name, out var policy) || incident.Priority < policy.MinPriority
            || policy.Steps.Count == 0)
        {
            return null;
        }

        return new EscalationState
        {
            IncidentId = incident.Id,
            Policy = name,
            DueAt = timeProvider.GetUtcNow() + policy.Steps[0].Delay,
            Notified = [.. router.Route(new NotificationRequest { Type = subject.Type, Title = "" }, subject)
                .Select(Describe)],
        };
    }

    /// <summary>Logs an escalation made by <see cref="Plan"/>, once it is stored.</summary>
    public void Started(EscalationState state) =>
        Log.EscalationStarted(logger, state.IncidentId, state.Policy, state.DueAt);

    /// <summary>Stops an incident's escalation. Call under the incident's lock.</summary>
    public Task StopAsync(string incidentId, CancellationToken cancellationToken) =>
        store.DeleteEscalationAsync(incidentId, cancellationToken);

    /// <summary>Brings the next step forward to now because every delivery of the last notice failed.</summary>
    public async Task BringForwardAsync(Incident incident, string reason, CancellationToken cancellationToken)
    {
        using var _ = await locks.AcquireAsync(incident.Fingerprint, cancellationToken).ConfigureAwait(false);
        var state = await store.FindEscalationAsync(incident.Id, cancellationToken).ConfigureAwait(false);
        if (state is not null)
        {
            var now = timeProvider.GetUtcNow();
            await store.SaveEscalationAsync(state with { DueAt = now, Reason = reason }, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Fires a due step: re-checks the incident under its lock, notifies the step, schedules the next
    /// one.
    /// </summary>
    public async Task FireAsync(EscalationState due, CancellationToken cancellationToken)
    {
        var incident = await store.FindIncidentAsync(due.IncidentId, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            await store.DeleteEscalationAsync(due.IncidentId, cancellationToken).ConfigureAwait(false);
            return;
        }

        using var _ = await locks.AcquireAsync(incident.Fingerprint, cancellationToken).ConfigureAwait(false);
        incident = await store.FindIncidentAsync(due.IncidentId, cancellationToken).ConfigureAwait(false);
        var state = await store.FindEscalationAsync(due.IncidentId, cancellationToken).ConfigureAwait(false);
        if (state is null || incident is null || !NeedsEscalation(incident)
            || !_policies.TryGetValue(state.Policy, out var policy) || state.DueAt > timeProvider.GetUtcNow())
        {
            await StopIfSettledAsync(incident, state, cancellationToken).ConfigureAwait(false);
            return;
        }

        await NotifyStepAsync(incident, state, policy, cancellationToken).ConfigureAwait(false);
    }

    internal static bool NeedsEscalation(Incident incident) =>
        incident.Status is IncidentStatus.New or IncidentStatus.Diagnosed;

    private async Task StopIfSettledAsync(Incident? incident, EscalationState? state, CancellationToken cancellationToken)
    {
        if (state is not null && (incident is null || !NeedsEscalation(incident) || !_policies.ContainsKey(state.Policy)))
        {
            await store.DeleteEscalationAsync(state.IncidentId, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task NotifyStepAsync(
        Incident incident, EscalationState state, EscalationPolicyOptions policy, CancellationToken cancellationToken)
    {
        if (state.NextStep >= policy.Steps.Count || state.Round > policy.Repeat)
        {
            await EndChangedRoundAsync(state, policy, cancellationToken).ConfigureAwait(false);
            return;
        }

        var step = policy.Steps[state.NextStep];
        var number = (state.Round * policy.Steps.Count) + state.NextStep + 1;
        var total = policy.Steps.Count * (policy.Repeat + 1);
        var reason = state.Reason ?? $"Not acknowledged within {Format(step.Delay)}.";

        // A crash after the publish but before the next timer is saved fires the step again: publish it once.
        if (!await WasPublishedAsync(incident.Id, state, number, cancellationToken).ConfigureAwait(false))
        {
            await PublishStepAsync(incident, state, step, reason, (number, total), cancellationToken)
                .ConfigureAwait(false);
            Log.EscalationStep(logger, incident.Id, state.Policy, number);
            telemetry.Escalated(state.Policy);
        }

        var notified = state.Notified.Concat(step.Channels.Select(channel =>
            Describe(new RouteTarget(channel, step.Recipients.GetValueOrDefault(channel) ?? "")))).Distinct().ToList();
        await ScheduleNextAsync(state with { Notified = notified, Reason = null }, policy, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Gets a value indicating whether the state's step was already published. Round and step index name it for
    /// good, even when the policy changed length since; a step published before they were recorded (without
    /// a <c>round</c>) is known by its number.
    /// </summary>
    private async Task<bool> WasPublishedAsync(
        string incidentId, EscalationState state, int number, CancellationToken cancellationToken)
    {
        var step = number.ToString(CultureInfo.InvariantCulture);
        var round = state.Round.ToString(CultureInfo.InvariantCulture);
        var index = state.NextStep.ToString(CultureInfo.InvariantCulture);
        var published = await store.GetNotificationsForIncidentAsync(incidentId, cancellationToken)
            .ConfigureAwait(false);
        return published.Any(notification => notification.Type == NotificationTypes.IncidentEscalated
            && notification.Data.GetValueOrDefault("policy") == state.Policy
            && (notification.Data.TryGetValue("round", out var publishedRound)
                ? publishedRound == round && notification.Data.GetValueOrDefault("step_index") == index
                : notification.Data.GetValueOrDefault("step") == step));
    }

    private Task PublishStepAsync(
        Incident incident,
        EscalationState state,
        EscalationStepOptions step,
        string reason,
        (int Number, int Total) position,
        CancellationToken cancellationToken)
    {
        var (number, total) = position;
        return publisher.PublishAsync(
            new NotificationRequest
            {
                Type = NotificationTypes.IncidentEscalated,
                Title = incident.Title,
                Priority = incident.Priority,
                IncidentId = incident.Id,
                Channels = step.Channels,
                Recipients = step.Recipients,

                // A due step of a stored escalation is never refused; it waits in the outbox instead.
                WhenQueueFull = QueueFullMode.SpillToOutbox,
                Data = new Dictionary<string, string>
                {
                    ["step"] = number.ToString(CultureInfo.InvariantCulture),
                    ["steps"] = total.ToString(CultureInfo.InvariantCulture),
                    ["reason"] = reason,
                    ["notified_before"] = string.Join(", ", state.Notified),
                    ["policy"] = state.Policy,
                    ["round"] = state.Round.ToString(CultureInfo.InvariantCulture),
                    ["step_index"] = state.NextStep.ToString(CultureInfo.InvariantCulture),
                },
            },
            cancellationToken);
    }

    /// <summary>
    /// Ends the round of an escalation whose next step the policy no longer has: it lost steps, or rounds, since
    /// the escalation was stored (a restart with changed settings). The next round starts if the policy still
    /// repeats; otherwise the escalation ends.
    /// </summary>
    private Task EndChangedRoundAsync(
        EscalationState state, EscalationPolicyOptions policy, CancellationToken cancellationToken)
    {
        Log.EscalationPolicyChanged(
            logger,
            state.IncidentId,
            state.Policy,
            state.NextStep + 1,
            state.Round + 1,
            policy.Steps.Count,
            policy.Repeat + 1);

        // Scheduled as if the policy's last step had just fired.
        var last = state with { NextStep = policy.Steps.Count - 1, Reason = null };
        return ScheduleNextAsync(last, policy, cancellationToken);
    }

    private async Task ScheduleNextAsync(
        EscalationState state, EscalationPolicyOptions policy, CancellationToken cancellationToken)
    {
        var next = state.NextStep + 1;
        var round = state.Round;
        if (next == policy.Steps.Count)
        {
            next = 0;
            round++;
        }

        if (round > policy.Repeat)
        {
            await store.DeleteEscalationAsync(state.IncidentId, cancellationToken).ConfigureAwait(false);
            return;
        }

        var dueAt = timeProvider.GetUtcNow() + policy.Steps[next].Delay;
        await store.SaveEscalationAsync(state with { NextStep = next, Round = round, DueAt = dueAt }, cancellationToken)
            .ConfigureAwait(false);
    }

    private static string Describe(RouteTarget target) =>
        target.Recipient.Length == 0 ? target.Channel : target.Channel + ":" + target.Recipient;

    private static string Format(TimeSpan delay) =>
        delay.TotalMinutes >= 1
            ? delay.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture) + " min"
            : delay.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
