namespace AiOps.Notifications.Dashboard.Settings;

/// <summary>What the settings page shows, read for one request.</summary>
/// <param name="Channels">Every channel with its health and recent outcomes.</param>
/// <param name="TestDeliveries">The deliveries of the test notification just sent; null when none was sent.</param>
/// <param name="Preview">The template preview asked for.</param>
/// <param name="Kinds">The channel kinds to preview templates for.</param>
/// <param name="Options">The engine's configured options: routes, escalation policies, inhibition rules.</param>
/// <param name="Explanation">The route explanation asked for, or null.</param>
/// <param name="Silences">The silences that have not ended.</param>
internal sealed record SettingsModel(
    IReadOnlyList<ChannelHealthRow> Channels,
    IReadOnlyList<Delivery>? TestDeliveries,
    TemplatePreview? Preview,
    IReadOnlyList<string> Kinds,
    AiOpsNotificationsOptions Options,
    RouteExplanation? Explanation,
    IReadOnlyList<Silence> Silences);
