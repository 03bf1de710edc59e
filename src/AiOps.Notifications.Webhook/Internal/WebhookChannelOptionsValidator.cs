using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Webhook.Internal;

/// <summary>Checks one webhook channel's settings; every message names the full configuration key.</summary>
internal sealed class WebhookChannelOptionsValidator(string channelName, string sectionPath)
    : IValidateOptions<WebhookChannelOptions>
{
    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "webhook-id", "webhook-timestamp", "webhook-signature", "content-type", "content-length", "host",
    };

    public ValidateOptionsResult Validate(string? name, WebhookChannelOptions options)
    {
        if (!string.Equals(name, channelName, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        CheckUrl(options.Url, failures);
        CheckSecret(options.Secret, failures);
        CheckHeaders(options.Headers, failures);
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{sectionPath}:Timeout must be above zero and at most 00:05:00, not {options.Timeout}.");
        }

        if (options.GroupLimit is < 1)
        {
            failures.Add($"{sectionPath}:GroupLimit must be at least 1, not {options.GroupLimit}.");
        }

        if (options.Concurrency is < 1 or > 256)
        {
            failures.Add($"{sectionPath}:Concurrency must be between 1 and 256, not {options.Concurrency}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void CheckUrl(Uri? url, List<string> failures)
    {
        if (url is null)
        {
            failures.Add($"{sectionPath}:Url is required: the absolute http or https URL that receives the calls.");
        }
        else if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{sectionPath}:Url must be an absolute http or https URL.");
        }
    }

    private void CheckSecret(string secret, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            failures.Add($"{sectionPath}:Secret is required: 'whsec_' followed by a base64 key of 24 to 64 bytes.");
        }
        else if (!StandardWebhookSigner.IsValidSecret(secret))
        {
            // The value itself is a secret: the message describes it without showing it.
            failures.Add($"{sectionPath}:Secret must be 'whsec_' followed by a base64 key of 24 to 64 bytes.");
        }
    }

    private void CheckHeaders(IDictionary<string, string> headers, List<string> failures)
    {
        foreach (var (header, value) in headers)
        {
            if (ReservedHeaders.Contains(header))
            {
                failures.Add($"{sectionPath}:Headers:{header} is set by the channel and cannot be configured.");
            }
            else if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                failures.Add($"{sectionPath}:Headers:{header} must not contain line breaks.");
            }
        }
    }
}
