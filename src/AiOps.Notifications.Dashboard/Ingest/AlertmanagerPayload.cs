using System.Text.Json.Serialization;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>
/// The body of an Alertmanager webhook notification (version 4), also the shape of Grafana's (version 1);
/// unknown fields are ignored.
/// </summary>
internal sealed record AlertmanagerPayload
{
    [JsonConverter(typeof(VersionTextConverter))]
    public string? Version { get; init; }

    public string? GroupKey { get; init; }

    public long TruncatedAlerts { get; init; }

    public string? Status { get; init; }

    /// <summary>Gets the receiver name, regex-quoted: <c>team.ops</c> arrives as <c>team\.ops</c>.</summary>
    public string? Receiver { get; init; }

    public Dictionary<string, string>? GroupLabels { get; init; }

    public Dictionary<string, string>? CommonLabels { get; init; }

    public Dictionary<string, string>? CommonAnnotations { get; init; }

    [JsonPropertyName("externalURL")]
    public string? ExternalUrl { get; init; }

    public List<AlertmanagerAlert?>? Alerts { get; init; }

    /// <summary>Gets Grafana's organisation id; absent from Alertmanager payloads.</summary>
    public long? OrgId { get; init; }
}
