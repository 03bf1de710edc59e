using AiOps.Notifications.Internal;
using AiOps.Notifications.Routing;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Reminders;

/// <summary>
/// Checks the reminder settings at start-up: a positive check interval and positive repeat intervals on
/// every route. Each message names the setting.
/// </summary>
internal sealed class ReminderOptionsValidator(EngineSettingsSection section)
    : IValidateOptions<AiOpsNotificationsOptions>
{
    public ValidateOptionsResult Validate(string? name, AiOpsNotificationsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var errors = new List<string>();
        if (options.Reminders.CheckInterval <= TimeSpan.Zero)
        {
            errors.Add($"{section.Path}:Reminders:CheckInterval must be positive, such as 00:00:30.");
        }

        CheckRoute(options.Routing, $"{section.Path}:Routing", errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckRoute(NotificationRouteOptions route, string path, List<string> errors)
    {
        if (route.RepeatInterval is { } interval && interval <= TimeSpan.Zero)
        {
            errors.Add($"{path}:RepeatInterval must be positive, such as 04:00:00, or unset for no reminders.");
        }

        for (var i = 0; i < route.Routes.Count; i++)
        {
            CheckRoute(route.Routes[i], $"{path}:Routes:{i}", errors);
        }
    }
}
