using System.Globalization;
using Fluid;
using Fluid.Values;

namespace AiOps.Notifications.Slack.Internal;

/// <summary>
/// The Liquid filters Slack templates use: <c>slack_text</c>, <c>slack_code</c> and <c>slack_date</c>.
/// </summary>
internal static class SlackTemplateFilters
{
    public const string TextFilter = "slack_text";
    public const string CodeFilter = "slack_code";
    public const string DateFilter = "slack_date";

    public static ValueTask<FluidValue> TextAsync(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(StringValue.Create(SlackText.Escape(AsText(input, context))));

    public static ValueTask<FluidValue> CodeAsync(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(StringValue.Create(SlackText.EscapeCode(AsText(input, context))));

    public static ValueTask<FluidValue> DateAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var value = input.ToObjectValue(context);
        DateTimeOffset? date = value switch
        {
            DateTimeOffset offset => offset,
            DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
            string text when DateTimeOffset.TryParse(
                text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
            _ => null,
        };
        return new(date is { } d ? StringValue.Create(SlackText.Date(d)) : StringValue.Empty);
    }

    private static string AsText(FluidValue input, TemplateContext context) =>
        input.IsNil() ? "" : input.ToStringValue(context);
}
