using AiOps.Notifications.Channels;
using AiOps.Notifications.Grouping;
using AiOps.Notifications.Inhibition;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Internal;

/// <summary>
/// Prepares the store, loads what the engine keeps in memory (silences, inhibiting incidents, waiting groups)
/// and checks channels and templates before any delivery starts.
/// </summary>
/// <remarks>
/// Registered before the dispatcher, so hosted-service start order puts it first: the groups are back before
/// the outbox poller's first poll queues their members.
/// </remarks>
internal sealed class StartupService(
    INotificationStore store,
    ChannelRegistry channels,
    FluidTemplateRenderer renderer,
    INotificationRouter router,
    SilenceManager silences,
    InhibitionIndex inhibitions,
    GroupRestorer groups,
    IOptions<AiOpsNotificationsOptions> options,
    EngineSettingsSection section,
    IServiceProvider services,
    ILogger<StartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var inconsistent = SettingsConsistency.Check(
            options.Value, channels, services.GetService<IConfiguration>(), section.Path);
        if (inconsistent.Count > 0)
        {
            throw new OptionsValidationException(section.Path, typeof(AiOpsNotificationsOptions), inconsistent);
        }

        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        await silences.LoadAsync(cancellationToken).ConfigureAwait(false);
        await inhibitions.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        await groups.RestoreAsync(cancellationToken).ConfigureAwait(false);

        var missing = channels.Registrations
            .Where(channel => renderer.GetParts(channel.Kind).Count == 0)
            .Select(channel => $"Channel '{channel.Name}' (kind '{channel.Kind}') has no templates.")
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                string.Join(" ", missing) + " Register templates for the kind with AddTemplate.");
        }

        await CheckRenderedTemplatesAsync(cancellationToken).ConfigureAwait(false);
        CreateChannels();

        // The router checked its tree when it was built; touching it here makes a bad tree stop start-up.
        _ = router;
        Log.Started(logger, channels.Registrations.Count, renderer.Count);
    }

    /// <summary>
    /// Creates every channel now, so what a channel refuses or warns about when it is made (a retired
    /// connector URL, say) shows at start-up instead of at its first delivery.
    /// </summary>
    private void CreateChannels()
    {
        foreach (var registration in channels.Registrations)
        {
            _ = channels.Find(registration.Name);
        }
    }

    /// <summary>Runs the channel packages' template checks: every built-in type rendered with sample data.</summary>
    private async Task CheckRenderedTemplatesAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var check in services.GetServices<TemplateCheck>())
        {
            var found = await check.RunAsync(renderer, cancellationToken).ConfigureAwait(false);
            problems.AddRange(found.Select(problem => $"{check.ChannelKind} templates, {problem}"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "Templates render invalid messages: " + string.Join(" ", problems) +
                " Fix or remove the overriding templates (AiOps:Templates or AiOps:TemplateDirectory).");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
