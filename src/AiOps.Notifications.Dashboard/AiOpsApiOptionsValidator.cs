using AiOps.Notifications.Dashboard.Ingest;
using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dashboard;

/// <summary>
/// Checks the settings under <c>AiOps:Dashboard</c> at start-up; each message names the full setting path,
/// the rule and, for an unknown key, the settings that exist.
/// </summary>
/// <param name="sectionPath">The dashboard section, such as <c>AiOps:Dashboard</c>.</param>
/// <param name="configuration">The configuration to look for unknown keys in, when there is one.</param>
internal sealed class AiOpsApiOptionsValidator(string sectionPath, IConfiguration? configuration)
    : IValidateOptions<AiOpsApiOptions>
{
    private const string Api = "Api";

    private static readonly string[] Sources =
        [AlertmanagerIncidentMapper.Source, AlertmanagerIngestEndpoint.Grafana, GenericIngestEndpoint.Source];

    public ValidateOptionsResult Validate(string? name, AiOpsApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var errors = new List<string>();
        FindUnknownKeys(errors);
        FindUnreadEntries(errors, options);
        var path = $"{sectionPath}:{Api}";
        Require(errors, options.RateLimit.PermitLimit >= 1, $"{path}:RateLimit:PermitLimit", "at least 1");
        Require(errors, options.RateLimit.Window > TimeSpan.Zero, $"{path}:RateLimit:Window",
            "positive, such as 00:01:00");
        Require(errors, options.DeduplicationWindow >= TimeSpan.Zero, $"{path}:DeduplicationWindow",
            "zero or positive");
        Require(errors, options.DeduplicationCapacity >= 1, $"{path}:DeduplicationCapacity", "at least 1");
        foreach (var (key, settings) in options.ApiKeys)
        {
            Require(errors, ApiKeyValidator.Decode(settings.Sha256).Length == 32, $"{path}:ApiKeys:{key}:Sha256",
                "64 hexadecimal digits: the SHA-256 of the key, as AiOpsApiKeys.Hash gives it");
        }

        foreach (var (source, settings) in options.Ingest)
        {
            ValidateSource(errors, $"{path}:Ingest:{source}", source, settings);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateSource(
        List<string> errors, string path, string source, AiOpsIngestSourceOptions settings)
    {
        if (!Sources.Contains(source, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"{path} is not an inbound source; use {string.Join(", ", Sources)}.");
        }

        var verification = settings.Verification;
        Require(errors, Enum.IsDefined(verification), $"{path}:Verification",
            string.Join(", ", Enum.GetNames<IngestVerification>()));
        if (verification is IngestVerification.SharedSecret or IngestVerification.StandardWebhooks
            && string.IsNullOrEmpty(settings.Secret))
        {
            errors.Add($"{path}:Secret is required when {path}:Verification is {verification}.");
        }
        else if (verification == IngestVerification.StandardWebhooks)
        {
            Require(errors, IngestVerifier.SigningKey(settings.Secret) is not null, $"{path}:Secret",
                "base64, optionally after the prefix whsec_, for StandardWebhooks");
            Require(errors, settings.Tolerance > TimeSpan.Zero, $"{path}:Tolerance", "positive, such as 00:05:00");
        }

        if (settings.StrictVersion && AlertmanagerPayloadValidator.KnownVersion(source) is null)
        {
            errors.Add($"{path}:StrictVersion applies to alertmanager and grafana only; " +
                $"the {source} format has no version.");
        }
    }

    private void FindUnknownKeys(List<string> errors)
    {
        if (configuration is null)
        {
            return;
        }

        var section = configuration.GetSection(sectionPath);
        foreach (var child in section.GetChildren())
        {
            if (child.Key.Equals(Api, StringComparison.OrdinalIgnoreCase))
            {
                SettingsCheck.Find(child, typeof(AiOpsApiOptions), errors);
            }
            else
            {
                errors.Add(SettingsCheck.NotASetting(child.Path, [Api]));
            }
        }
    }

    /// <summary>
    /// Reports API keys and inbound sources that the configuration holds but the binder left out: a value that
    /// does not convert drops the whole entry, and a dropped inbound source would take no verification at all.
    /// </summary>
    /// <remarks>A value that failed is named by <see cref="FindUnknownKeys"/>; this catches the rest.</remarks>
    private void FindUnreadEntries(List<string> errors, AiOpsApiOptions options)
    {
        if (configuration is null)
        {
            return;
        }

        var api = configuration.GetSection($"{sectionPath}:{Api}");
        FindUnread(errors, api.GetSection(nameof(options.ApiKeys)), options.ApiKeys.ContainsKey);
        FindUnread(errors, api.GetSection(nameof(options.Ingest)), options.Ingest.ContainsKey);
    }

    private static void FindUnread(List<string> errors, IConfigurationSection section, Func<string, bool> isBound)
    {
        foreach (var entry in section.GetChildren().Where(entry => !isBound(entry.Key)))
        {
            if (!errors.Any(error => error.StartsWith(entry.Path + ":", StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"{entry.Path} could not be read; give it its settings as keys below it.");
            }
        }
    }

    private static void Require(List<string> errors, bool condition, string setting, string rule)
    {
        if (!condition)
        {
            errors.Add($"{setting} must be {rule}.");
        }
    }
}
