using AiOps.Notifications.Channels;
using AiOps.Notifications.Escalation;
using AiOps.Notifications.Routing;
using Microsoft.Extensions.Configuration;

namespace AiOps.Notifications.Internal;

/// <summary>Checks settings that refer to each other: policies named by routes, channels named by steps, channel sections.</summary>
internal static class SettingsConsistency
{
    public static List<string> Check(
        AiOpsNotificationsOptions options, ChannelRegistry channels, IConfiguration? configuration, string sectionPath)
    {
        var errors = new List<string>();
        var registered = string.Join(", ", channels.Names);
        CheckPolicies(options, channels, registered, errors);
        CheckRoutePolicies(options.Routing, "AiOps:Routing", options, errors);

        foreach (var section in configuration?.GetSection($"{sectionPath}:{AiOpsNotificationsBuilder.ChannelsSection}")
                     .GetChildren() ?? [])
        {
            if (!channels.Contains(section.Key))
            {
                errors.Add($"{section.Path} is configured, but no channel named '{section.Key}' was added " +
                    $"(added: {registered}). Add it (for example AddEmail(\"{section.Key}\")) or remove the section.");
            }
        }

        return errors;
    }

    private static void CheckPolicies(
        AiOpsNotificationsOptions options, ChannelRegistry channels, string registered, List<string> errors)
    {
        foreach (var (name, policy) in options.EscalationPolicies)
        {
            var path = $"AiOps:EscalationPolicies:{name}";
            if (policy.Steps.Count == 0)
            {
                errors.Add($"{path}:Steps needs at least one step.");
            }

            if (policy.Repeat < 0)
            {
                errors.Add($"{path}:Repeat must be zero or positive.");
            }

            for (var i = 0; i < policy.Steps.Count; i++)
            {
                CheckStep(policy.Steps[i], $"{path}:Steps:{i}", channels, registered, errors);
            }
        }
    }

    private static void CheckStep(
        EscalationStepOptions step, string path, ChannelRegistry channels, string registered, List<string> errors)
    {
        if (step.Delay < TimeSpan.Zero)
        {
            errors.Add($"{path}:Delay must be zero or positive.");
        }

        if (step.Channels.Count == 0)
        {
            errors.Add($"{path}:Channels needs at least one channel.");
        }

        errors.AddRange(step.Channels.Where(channel => !channels.Contains(channel)).Select(channel =>
            $"{path} names channel '{channel}', which is not registered (registered: {registered})."));
        CheckStepRecipients(step, path, errors);
    }

    /// <summary>
    /// A step sends only to its own channels, so a recipient for another channel, or a blank one, is a mistake.
    /// </summary>
    private static void CheckStepRecipients(EscalationStepOptions step, string path, List<string> errors)
    {
        var notified = string.Join(", ", step.Channels);
        foreach (var (channel, recipient) in step.Recipients)
        {
            if (!step.Channels.Contains(channel, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"{path}:Recipients:{channel} is for a channel the step does not notify (its channels: " +
                    $"{notified}). Add '{channel}' to {path}:Channels or remove the recipient.");
            }
            else if (string.IsNullOrWhiteSpace(recipient))
            {
                errors.Add($"{path}:Recipients:{channel} must not be empty; remove it to use the channel's default.");
            }
        }
    }

    private static void CheckRoutePolicies(
        NotificationRouteOptions route, string path, AiOpsNotificationsOptions options, List<string> errors)
    {
        if (route.EscalationPolicy is { } policy && !options.EscalationPolicies.ContainsKey(policy))
        {
            var known = options.EscalationPolicies.Count == 0 ? "none" : string.Join(", ", options.EscalationPolicies.Keys);
            errors.Add($"{path}:EscalationPolicy names policy '{policy}', which is not configured (configured: {known}).");
        }

        for (var i = 0; i < route.Routes.Count; i++)
        {
            CheckRoutePolicies(route.Routes[i], $"{path}:Routes:{i}", options, errors);
        }
    }
}
