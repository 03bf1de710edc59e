using System.Text.Json.Serialization;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>One alert of an Alertmanager or Grafana webhook notification; Grafana adds URLs and values.</summary>
internal sealed record AlertmanagerAlert
{
    public string? Status { get; init; }

    public Dictionary<string, string>? Labels { get; init; }

    public Dictionary<string, string>? Annotations { get; init; }

    /// <summary>Gets when the alert started; Alertmanager sends nanoseconds, kept to the tick.</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>Gets when the alert ended; <c>0001-01-01T00:00:00Z</c> while it fires.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    [JsonPropertyName("generatorURL")]
    public string? GeneratorUrl { get; init; }

    public string? Fingerprint { get; init; }

    [JsonPropertyName("dashboardURL")]
    public string? DashboardUrl { get; init; }

    [JsonPropertyName("panelURL")]
    public string? PanelUrl { get; init; }

    [JsonPropertyName("silenceURL")]
    public string? SilenceUrl { get; init; }

    [JsonPropertyName("imageURL")]
    public string? ImageUrl { get; init; }

    /// <summary>Gets Grafana's query values by ref-id, such as <c>A</c>; null for NaN.</summary>
    public Dictionary<string, double?>? Values { get; init; }

    /// <summary>Gets the values as text, as older Grafana versions send them.</summary>
    public string? ValueString { get; init; }
}
