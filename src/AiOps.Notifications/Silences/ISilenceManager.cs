namespace AiOps.Notifications;

/// <summary>Creates, lists and expires silences.</summary>
public interface ISilenceManager
{
    /// <summary>Creates a silence.</summary>
    /// <param name="matchers">The matchers, such as <c>service="checkout"</c>.</param>
    /// <param name="startsAt">When it starts; now when not set.</param>
    /// <param name="endsAt">When it ends; must be after the start.</param>
    /// <param name="createdBy">Who creates it.</param>
    /// <param name="comment">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored silence.</returns>
    /// <exception cref="ArgumentException">A matcher does not parse, there is none, or the end is not after the start.</exception>
    Task<Silence> CreateAsync(
        IReadOnlyList<string> matchers,
        DateTimeOffset? startsAt,
        DateTimeOffset endsAt,
        string? createdBy,
        string? comment,
        CancellationToken cancellationToken = default);

    /// <summary>Ends a silence now.</summary>
    /// <param name="id">The silence.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The expired silence, or <see langword="null"/> when no such silence exists.</returns>
    Task<Silence?> ExpireAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists silences, newest first.</summary>
    /// <param name="includeExpired">Whether ended silences are listed too.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The silences.</returns>
    Task<IReadOnlyList<Silence>> ListAsync(bool includeExpired, CancellationToken cancellationToken = default);
}
