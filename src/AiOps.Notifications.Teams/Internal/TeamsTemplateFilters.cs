using Fluid;
using Fluid.Values;

namespace AiOps.Notifications.Teams.Internal;

/// <summary>
/// The Liquid filters Teams templates use: <c>teams_text</c>, <c>teams_style</c> and <c>teams_color</c>.
/// </summary>
internal static class TeamsTemplateFilters
{
    public const string TextFilter = "teams_text";
    public const string StyleFilter = "teams_style";
    public const string ColorFilter = "teams_color";

    public static ValueTask<FluidValue> TextAsync(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(StringValue.Create(TeamsText.Escape(AsText(input, context))));

    public static ValueTask<FluidValue> StyleAsync(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(StringValue.Create(TeamsText.Style(AsText(input, context))));

    public static ValueTask<FluidValue> ColorAsync(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(StringValue.Create(TeamsText.Color(AsText(input, context))));

    private static string AsText(FluidValue input, TemplateContext context) =>
        input.IsNil() ? "" : input.ToStringValue(context);
}
