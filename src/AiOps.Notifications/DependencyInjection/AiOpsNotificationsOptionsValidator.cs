using AiOps.Notifications.Routing;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications;

/// <summary>Checks the engine settings at start-up; each message names the setting, the rule and the fix.</summary>
internal sealed class AiOpsNotificationsOptionsValidator : IValidateOptions<AiOpsNotificationsOptions>
{
    /// <summary>The limits Polly puts on a circuit breaker's sampling and break durations.</summary>
    private const string BreakerDurationRule = "between 00:00:00.500 and 1.00:00:00 (one day)";

    public ValidateOptionsResult Validate(string? name, AiOpsNotificationsOptions options)
    {
        var errors = new List<string>();
        var queue = options.Queue;
        var delivery = options.Delivery;

        Require(errors, queue.Capacity is >= 1 and <= 10_000_000, "AiOps:Queue:Capacity", "between 1 and 10000000");
        Require(errors, queue.ChannelCapacity is not { } lane || (lane >= 1 && lane <= queue.Capacity),
            "AiOps:Queue:ChannelCapacity", "between 1 and AiOps:Queue:Capacity, or unset (an even share)");
        Require(errors, Enum.IsDefined(queue.FullMode), "AiOps:Queue:FullMode", "Wait, FailFast or SpillToOutbox");
        Require(errors, queue.AgingInterval > TimeSpan.Zero, "AiOps:Queue:AgingInterval",
            "positive, such as 00:00:30 (zero would turn aging off and let low priorities starve)");
        Require(errors, delivery.AttemptTimeout > TimeSpan.Zero, "AiOps:Delivery:AttemptTimeout", "positive");
        Require(errors, delivery.ImmediateAttempts is >= 1 and <= 20, "AiOps:Delivery:ImmediateAttempts", "between 1 and 20");
        Require(errors, delivery.MaxAttempts >= delivery.ImmediateAttempts, "AiOps:Delivery:MaxAttempts",
            "at least AiOps:Delivery:ImmediateAttempts");
        Require(errors, delivery.RetryBaseDelay >= TimeSpan.Zero, "AiOps:Delivery:RetryBaseDelay", "zero or positive");
        Require(errors, delivery.MaxRetryAfter >= TimeSpan.Zero, "AiOps:Delivery:MaxRetryAfter", "zero or positive");
        Require(errors, delivery.OutboxRetryDelay > TimeSpan.Zero, "AiOps:Delivery:OutboxRetryDelay", "positive");
        Require(errors, delivery.MaxOutboxDelay >= delivery.OutboxRetryDelay, "AiOps:Delivery:MaxOutboxDelay",
            "at least AiOps:Delivery:OutboxRetryDelay");
        Require(errors, delivery.ConcurrencyPerChannel is >= 1 and <= 256, "AiOps:Delivery:ConcurrencyPerChannel",
            "between 1 and 256");
        Require(errors, delivery.OutboxPollInterval > TimeSpan.Zero, "AiOps:Delivery:OutboxPollInterval", "positive");
        CheckBreaker(errors, delivery);
        Require(errors, options.DashboardUrl is null
            || (options.DashboardUrl.IsAbsoluteUri && options.DashboardUrl.Scheme is "http" or "https"),
            "AiOps:DashboardUrl", "an absolute http or https URL such as https://ops.example.com/aiops");
        CheckGrouping(errors, options.Routing, "AiOps:Routing");

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Checks the grouping settings of a route and, below it, of every child route.</summary>
    private static void CheckGrouping(List<string> errors, NotificationRouteOptions route, string path)
    {
        Require(errors, route.GroupWait is null || route.GroupWait > TimeSpan.Zero, $"{path}:GroupWait",
            "positive, such as 00:00:30, or unset to inherit");
        Require(errors, route.GroupLimit is null or >= 1, $"{path}:GroupLimit", "at least 1, or unset to inherit");

        for (var i = 0; i < route.Routes.Count; i++)
        {
            CheckGrouping(errors, route.Routes[i], $"{path}:Routes:{i}");
        }
    }

    /// <summary>Checks the breaker settings against the limits Polly enforces when it builds the breaker.</summary>
    private static void CheckBreaker(List<string> errors, DeliveryOptions delivery)
    {
        Require(errors, delivery.BreakerFailureRatio is > 0 and <= 1, "AiOps:Delivery:BreakerFailureRatio",
            "greater than 0 and at most 1, such as 0.5");
        Require(errors, delivery.BreakerMinimumThroughput >= 2, "AiOps:Delivery:BreakerMinimumThroughput",
            "at least 2");
        Require(errors, IsBreakerDuration(delivery.BreakerSamplingDuration), "AiOps:Delivery:BreakerSamplingDuration",
            BreakerDurationRule);
        Require(errors, IsBreakerDuration(delivery.BreakerBreakDuration), "AiOps:Delivery:BreakerBreakDuration",
            BreakerDurationRule);
    }

    private static bool IsBreakerDuration(TimeSpan value) =>
        value >= TimeSpan.FromMilliseconds(500) && value <= TimeSpan.FromDays(1);

    private static void Require(List<string> errors, bool condition, string setting, string rule)
    {
        if (!condition)
        {
            errors.Add($"{setting} must be {rule}.");
        }
    }
}
