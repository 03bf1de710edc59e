namespace AiOps.Notifications.Dashboard.Queries;

/// <summary>One headline figure of a period, with the same figure of the period before.</summary>
/// <param name="Name">The figure's name, such as <c>incidents</c>.</param>
/// <param name="Value">The value in the period; null when there is nothing to measure.</param>
/// <param name="Previous">The value in the previous period of the same length; null when nothing to measure.</param>
/// <param name="Unit">The unit: <c>count</c>, <c>seconds</c> or <c>ratio</c>.</param>
internal sealed record MetricFigure(string Name, double? Value, double? Previous, string Unit)
{
    /// <summary>Gets the relative change against the previous period, or null when it cannot be computed.</summary>
    public double? Change => Value is { } v && Previous is { } p && p != 0 ? (v - p) / p : null;
}
