using AiOps.Notifications.Channels;
using AiOps.Notifications.Dashboard.Queries;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Templates;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dashboard.Settings;

/// <summary>Reads everything the settings page shows; channel options and secrets are never read.</summary>
internal sealed class SettingsQueries(
    IChannelCatalog catalog,
    INotificationStore store,
    DashboardMetrics metrics,
    ITemplateRenderer renderer,
    INotificationRouter router,
    ISilenceManager silences,
    IOptions<AiOpsNotificationsOptions> options,
    IServiceProvider services)
{
    public static readonly TimeSpan OutcomePeriod = TimeSpan.FromHours(24);

    public async Task<SettingsModel> ReadAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var channels = await ChannelsAsync(cancellationToken).ConfigureAwait(false);
        var test = query["test"].ToString() is { Length: > 0 } id
            ? await store.GetDeliveriesForNotificationAsync(id, cancellationToken).ConfigureAwait(false)
            : null;
        var kinds = catalog.Channels.Select(c => c.Kind).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var preview = await PreviewAsync(query, kinds, cancellationToken).ConfigureAwait(false);
        var active = await silences.ListAsync(includeExpired: false, cancellationToken).ConfigureAwait(false);

        return new SettingsModel(channels, test, preview, kinds, options.Value, Explain(query), active);
    }

    private async Task<List<ChannelHealthRow>> ChannelsAsync(CancellationToken cancellationToken)
    {
        var health = services.GetService(typeof(HealthCheckService)) is HealthCheckService checks
            ? await checks.CheckHealthAsync(
                r => r.Tags.Contains(AiOpsNotificationsBuilder.HealthCheckTag), cancellationToken).ConfigureAwait(false)
            : null;
        var outcomes = await metrics.ChannelOutcomesAsync(OutcomePeriod, cancellationToken).ConfigureAwait(false);

        return [.. catalog.Channels.Select(channel =>
        {
            var entry = health?.Entries.GetValueOrDefault(AiOpsNotificationsBuilder.HealthCheckPrefix + channel.Name);
            return new ChannelHealthRow(
                channel,
                entry?.Status.ToString(),
                entry?.Description,
                [.. outcomes.Where(o => string.Equals(o.Channel, channel.Name, StringComparison.OrdinalIgnoreCase))]);
        })];
    }

    private async Task<TemplatePreview?> PreviewAsync(
        IQueryCollection query, IReadOnlyList<string> kinds, CancellationToken cancellationToken)
    {
        var kind = kinds.FirstOrDefault(k => k.Equals(query["kind"], StringComparison.OrdinalIgnoreCase))
            ?? kinds.FirstOrDefault();
        if (kind is null)
        {
            return null;
        }

        var type = NotificationTypes.BuiltIn.FirstOrDefault(t => t == query["type"]) ?? NotificationTypes.IncidentDetected;
        var model = TemplateSampleData.Create(type, "ops@example.com");
        try
        {
            var parts = await renderer.RenderAsync(kind, model, cancellationToken).ConfigureAwait(false);
            return new TemplatePreview(kind, type, parts, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            return new TemplatePreview(kind, type, new Dictionary<string, string>(), ex.Message);
        }
    }

    private RouteExplanation? Explain(IQueryCollection query)
    {
        var type = query["rt"].ToString();
        if (type.Length == 0)
        {
            return null;
        }

        var subject = new RoutingSubject(
            type,
            Enum.TryParse<NotificationPriority>(query["rp"], true, out var p) && Enum.IsDefined(p)
                ? p : NotificationPriority.Medium,
            Text(query["rc"]),
            Text(query["rcat"]),
            Labels(query["rl"]));
        return new RouteExplanation(subject, router.Explain(subject));
    }

    /// <summary>Reads labels written one per line (or separated by commas) as <c>name=value</c>.</summary>
    public static Dictionary<string, string> Labels(string? text) =>
        (text ?? "").Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2 && pair[0].Length > 0)
            .GroupBy(pair => pair[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
