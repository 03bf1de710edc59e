using System.Globalization;
using AiOps.Notifications.Internal;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Silences;

/// <summary>The in-memory copy of the silences: concurrent writes and silences that start later.</summary>
public sealed class SilenceManagerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_ManyAtOnce_AllApply()
    {
        var sut = CreateSut();
        var ends = _time.GetUtcNow().AddHours(1);

        await Parallel.ForEachAsync(
            Enumerable.Range(0, 2_000),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = Ct },
            async (i, token) => await sut.CreateAsync([$"n=\"{i}\""], null, ends, null, null, token));

        var unapplied = Enumerable.Range(0, 2_000)
            .Where(i => sut.FindMatch(Subject(i.ToString(CultureInfo.InvariantCulture))) is null);
        Assert.Empty(unapplied);
    }

    [Fact]
    public async Task FindMatch_SilenceStartsLater_AppliesOnlyFromItsStart()
    {
        var sut = CreateSut();
        var startsAt = _time.GetUtcNow().AddHours(1);
        var silence = await sut.CreateAsync(["n=\"1\""], startsAt, startsAt.AddHours(1), null, null, Ct);

        var before = sut.FindMatch(Subject("1"));
        _time.Advance(TimeSpan.FromHours(1));
        var after = sut.FindMatch(Subject("1"));

        Assert.Null(before);
        Assert.Equal(silence.Id, after?.Id);
    }

    private SilenceManager CreateSut() =>
        new(new InMemoryNotificationStore(), new IdGenerator(_time), _time, NullLogger<SilenceManager>.Instance);

    private static RoutingSubject Subject(string n) => new(
        NotificationTypes.Test, NotificationPriority.Medium, null, null, new Dictionary<string, string> { ["n"] = n });
}
