using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Teams.Internal;

/// <summary>Checks a named Teams channel's settings, naming each setting by its configuration path.</summary>
internal sealed class TeamsChannelOptionsValidator(string name, string sectionPath) : IValidateOptions<TeamsChannelOptions>
{
    private static readonly Version MinVersion = new(1, 0);
    private static readonly Version MaxVersion = new(1, 5);

    public ValidateOptionsResult Validate(string? optionsName, TeamsChannelOptions options)
    {
        if (!string.Equals(optionsName, name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        if (options.WebhookUrl is not { IsAbsoluteUri: true } url
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{sectionPath}:WebhookUrl is required and must be an absolute http(s) URL.");
        }

        if (!Version.TryParse(options.CardVersion, out var version) || version < MinVersion || version > MaxVersion
            || options.CardVersion.Count(c => c == '.') != 1)
        {
            failures.Add($"{sectionPath}:CardVersion must be an Adaptive Card version from 1.0 to 1.5, such as 1.4.");
        }

        if (options.MaxBodyBytes is < 4096 or > 28 * 1024)
        {
            failures.Add($"{sectionPath}:MaxBodyBytes must be between 4096 and 28672.");
        }

        if (options.RateLimit is <= 0 or double.NaN)
        {
            failures.Add($"{sectionPath}:RateLimit must be greater than 0 (messages per second).");
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
}
