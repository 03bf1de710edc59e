namespace AiOps.Notifications.Reports;

/// <summary>A span of time a report covers: from its start (inclusive) to its end (exclusive).</summary>
public sealed record ReportPeriod
{
    /// <summary>Initializes a new instance of the <see cref="ReportPeriod"/> class.</summary>
    /// <param name="from">The start, inclusive.</param>
    /// <param name="to">The end, exclusive.</param>
    /// <exception cref="ArgumentException">The end is not after the start.</exception>
    public ReportPeriod(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            throw new ArgumentException(
                $"The report period must end after it starts (from {from:O}, to {to:O}). Swap or widen the times.",
                nameof(to));
        }

        From = from;
        To = to;
    }

    /// <summary>Gets the start, inclusive.</summary>
    public DateTimeOffset From { get; }

    /// <summary>Gets the end, exclusive.</summary>
    public DateTimeOffset To { get; }

    /// <summary>Gets the length of the period.</summary>
    public TimeSpan Length => To - From;

    /// <summary>Tells whether an instant falls within the period.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when it is at or after the start and before the end.</returns>
    public bool Contains(DateTimeOffset instant) => instant >= From && instant < To;
}
