namespace AiOps.Notifications.Dashboard.Components;

/// <summary>Whole-number axis ticks for the count charts: 1, 2 or 5 times a power of ten, five at most.</summary>
internal static class ChartScale
{
    private static readonly int[] Factors = [1, 2, 5];

    /// <summary>Gets the step between two ticks for counts up to <paramref name="max"/>.</summary>
    public static int Step(int max)
    {
        var step = 1;
        while (true)
        {
            foreach (var factor in Factors)
            {
                if (step * factor * 4 >= max)
                {
                    return step * factor;
                }
            }

            step *= 10;
        }
    }

    /// <summary>Gets the value at the top of the axis: the first tick at or above <paramref name="max"/>.</summary>
    public static int Top(int max) => Math.Max(1, (max + Step(max) - 1) / Step(max) * Step(max));

    /// <summary>Gets the ticks from 0 to <see cref="Top"/>.</summary>
    public static IEnumerable<int> Ticks(int max)
    {
        for (var tick = 0; tick <= Top(max); tick += Step(max))
        {
            yield return tick;
        }
    }
}
