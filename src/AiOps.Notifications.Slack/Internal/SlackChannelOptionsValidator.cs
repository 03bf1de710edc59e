using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Slack.Internal;

/// <summary>Checks a named Slack channel's settings, naming each setting by its configuration path.</summary>
internal sealed class SlackChannelOptionsValidator(string name, string sectionPath) : IValidateOptions<SlackChannelOptions>
{
    public ValidateOptionsResult Validate(string? optionsName, SlackChannelOptions options)
    {
        if (!string.Equals(optionsName, name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        AddModeFailures(options, failures);
        AddLimitFailures(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void AddModeFailures(SlackChannelOptions options, List<string> failures)
    {
        var hasToken = !string.IsNullOrWhiteSpace(options.BotToken);
        if (options.WebhookUrl is null && !hasToken)
        {
            failures.Add($"{sectionPath}:WebhookUrl or {sectionPath}:BotToken is required.");
        }
        else if (options.WebhookUrl is not null && hasToken)
        {
            failures.Add($"{sectionPath}:WebhookUrl and {sectionPath}:BotToken are both set; set only one.");
        }
        else if (options.WebhookUrl is { } url && !IsHttp(url))
        {
            failures.Add($"{sectionPath}:WebhookUrl must be an absolute http(s) URL.");
        }
        else if (hasToken && string.IsNullOrWhiteSpace(options.Channel))
        {
            failures.Add($"{sectionPath}:Channel is required with {sectionPath}:BotToken (a Slack channel id).");
        }

        if (hasToken && !IsHttp(options.ApiBaseUrl))
        {
            failures.Add($"{sectionPath}:ApiBaseUrl must be an absolute http(s) URL.");
        }
    }

    private void AddLimitFailures(SlackChannelOptions options, List<string> failures)
    {
        if (options.RateLimit is <= 0 or double.NaN)
        {
            failures.Add($"{sectionPath}:RateLimit must be greater than 0 (messages per second).");
        }

        if (options.MaxTextLength is < 100 or > SlackLimits.TopLevelText * 10)
        {
            failures.Add($"{sectionPath}:MaxTextLength must be between 100 and 40000.");
        }

        if (options.MaxBlocksTextLength is < 1000 or > 13_000)
        {
            failures.Add($"{sectionPath}:MaxBlocksTextLength must be between 1000 and 13000.");
        }

        if (options.GroupLimit is < 1)
        {
            failures.Add($"{sectionPath}:GroupLimit must be at least 1, not {options.GroupLimit}.");
        }

        if (options.Concurrency is < 1 or > 256)
        {
            failures.Add($"{sectionPath}:Concurrency must be between 1 and 256, not {options.Concurrency}.");
        }
    }

    private static bool IsHttp(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
