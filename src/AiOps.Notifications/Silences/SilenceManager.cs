using AiOps.Notifications.Internal;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications;

/// <summary>
/// Keeps silences in the store and a parsed copy in memory, so checking one costs no store round trip.
/// </summary>
/// <remarks>
/// Thread safe. The copy is loaded at start-up and changed with every write made through this class. Readers
/// take the current copy without locking; writers replace it under a lock, so concurrent writes never drop one.
/// </remarks>
internal sealed class SilenceManager(
    INotificationStore store,
    IdGenerator ids,
    TimeProvider timeProvider,
    ILogger<SilenceManager> logger) : ISilenceManager
{
    private readonly Lock _gate = new();
    private volatile IReadOnlyList<ParsedSilence> _silences = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var stored = await store.GetSilencesAsync(timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ParsedSilence> loaded = [.. stored.Select(Read).OfType<ParsedSilence>()];
        Change(_ => loaded);
    }

    /// <summary>
    /// Parses a stored silence, or gets <see langword="null"/> when one of its matchers no longer parses: an
    /// earlier version stored <c>msg="a"b"</c> for the value <c>a"b</c>. Such a silence is not applied, and
    /// said so, rather than stopping start-up.
    /// </summary>
    private ParsedSilence? Read(Silence silence)
    {
        try
        {
            return new ParsedSilence(silence, [.. silence.Matchers.Select(Matcher.Parse)]);
        }
        catch (FormatException error)
        {
            Log.SilenceNotApplied(logger, error, silence.Id);
            return null;
        }
    }

    public async Task<Silence> CreateAsync(
        IReadOnlyList<string> matchers,
        DateTimeOffset? startsAt,
        DateTimeOffset endsAt,
        string? createdBy,
        string? comment,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matchers);

        var parsed = Parse(matchers);
        var now = timeProvider.GetUtcNow();
        var start = startsAt ?? now;
        if (endsAt <= start)
        {
            throw new ArgumentException("A silence must end after it starts.", nameof(endsAt));
        }

        var silence = new Silence
        {
            Id = ids.Create("sil"),
            Matchers = [.. parsed.Select(matcher => matcher.ToString())],
            StartsAt = start,
            EndsAt = endsAt,
            CreatedBy = createdBy,
            Comment = comment,
            CreatedAt = now,
        };
        await store.SaveSilenceAsync(silence, cancellationToken).ConfigureAwait(false);
        Change(silences => [.. silences, new ParsedSilence(silence, parsed)]);
        return silence;
    }

    public async Task<Silence?> ExpireAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);

        var found = _silences.FirstOrDefault(entry => entry.Silence.Id == id);
        if (found is null)
        {
            var stored = await store.GetSilencesAsync(null, cancellationToken).ConfigureAwait(false);
            return stored.FirstOrDefault(silence => silence.Id == id);
        }

        var now = timeProvider.GetUtcNow();
        var expired = found.Silence with { EndsAt = found.Silence.StartsAt > now ? found.Silence.StartsAt : now };
        await store.SaveSilenceAsync(expired, cancellationToken).ConfigureAwait(false);
        Change(silences => [.. silences.Where(entry => entry.Silence.Id != id)]);
        return expired;
    }

    public Task<IReadOnlyList<Silence>> ListAsync(bool includeExpired, CancellationToken cancellationToken = default) =>
        store.GetSilencesAsync(includeExpired ? null : timeProvider.GetUtcNow(), cancellationToken);

    /// <summary>Finds an active silence that matches a notification.</summary>
    public Silence? FindMatch(RoutingSubject subject)
    {
        var silences = _silences;
        if (silences.Count == 0)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        for (var i = 0; i < silences.Count; i++)
        {
            var entry = silences[i];
            if (entry.Silence.IsActiveAt(now) && RouteNode.MatchesAll(entry.Matchers, subject))
            {
                return entry.Silence;
            }
        }

        return null;
    }

    /// <summary>Replaces the in-memory copy with a changed one, one writer at a time.</summary>
    private void Change(Func<IReadOnlyList<ParsedSilence>, IReadOnlyList<ParsedSilence>> change)
    {
        lock (_gate)
        {
            _silences = change(_silences);
        }
    }

    private static List<Matcher> Parse(IReadOnlyList<string> matchers)
    {
        if (matchers.Count == 0)
        {
            throw new ArgumentException("A silence needs at least one matcher, such as service=\"checkout\".", nameof(matchers));
        }

        List<Matcher> parsed;
        try
        {
            parsed = [.. matchers.Select(Matcher.Parse)];
        }
        catch (FormatException error)
        {
            throw new ArgumentException(error.Message, nameof(matchers), error);
        }

        // As in Alertmanager: matchers that all hold for a missing label would silence every notification.
        if (parsed.TrueForAll(matcher => matcher.Matches("")))
        {
            throw new ArgumentException(
                "A silence needs at least one matcher that an empty or missing label does not satisfy, such as "
                + "service=\"checkout\"; these would silence every notification.",
                nameof(matchers));
        }

        return parsed;
    }

    private sealed record ParsedSilence(Silence Silence, IReadOnlyList<Matcher> Matchers);
}
