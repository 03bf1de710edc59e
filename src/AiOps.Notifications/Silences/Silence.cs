namespace AiOps.Notifications;

/// <summary>
/// A maintenance window: notifications matching all its matchers between its start and end are
/// recorded, not sent.
/// </summary>
public sealed record Silence
{
    /// <summary>Gets the identifier.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the matchers, such as <c>service="checkout"</c>; all must hold.</summary>
    public required IReadOnlyList<string> Matchers { get; init; }

    /// <summary>Gets when the silence starts.</summary>
    public DateTimeOffset StartsAt { get; init; }

    /// <summary>Gets when the silence ends.</summary>
    public DateTimeOffset EndsAt { get; init; }

    /// <summary>Gets who created it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>Gets why it exists.</summary>
    public string? Comment { get; init; }

    /// <summary>Gets when it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Tells whether the silence holds at a time.</summary>
    /// <param name="now">The time.</param>
    /// <returns><see langword="true"/> between start (inclusive) and end (exclusive).</returns>
    public bool IsActiveAt(DateTimeOffset now) => StartsAt <= now && now < EndsAt;
}
