using System.Text.Json.Serialization;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>One alert of an Alertmanager webhook notification.</summary>
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
}
