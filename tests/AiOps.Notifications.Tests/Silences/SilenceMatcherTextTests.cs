using AiOps.Notifications.Channels;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Silences;

/// <summary>
/// A silence is stored as matcher text and read back at start-up, so it must mean the same after a restart as
/// when it was created.
/// </summary>
public sealed class SilenceMatcherTextTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryNotificationStore _store = new();

    [Theory]
    [InlineData("""team="a\"b" """, "a\"b")]
    [InlineData("""team="C:\\temp" """, @"C:\temp")]
    [InlineData("""team="line\nbreak" """, "line\nbreak")]
    [InlineData("""team=~"a\"b|x\\\\y" """, @"x\y")]
    public async Task Restart_SilenceWithEscapesInItsValue_SilencesTheSameValue(string matcher, string team)
    {
        await using (var first = await StartAsync())
        {
            var silences = first.Services.GetRequiredService<ISilenceManager>();
            await silences.CreateAsync([matcher], null, _time.GetUtcNow().AddHours(1), null, null, Ct);
        }

        await using var second = await StartAsync();
        var incident = await second.Incidents.ReportAsync(Report(team), Ct);

        var delivery = Assert.Single(await second.WaitForDeliveriesAsync(incident.Id, 1));
        Assert.Equal(DeliveryStatus.Silenced, delivery.Status);
    }

    [Theory]
    [InlineData("""team="payments" extra""")]
    [InlineData("""msg=a"b""")]
    public async Task CreateAsync_MatcherWithStrayQuote_ThrowsNamingTheMatchers(string matcher)
    {
        await using var host = await StartAsync();
        var silences = host.Services.GetRequiredService<ISilenceManager>();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => silences.CreateAsync([matcher], null, _time.GetUtcNow().AddHours(1), null, null, Ct));

        Assert.Equal("matchers", error.ParamName);
        Assert.Contains($"'{matcher}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_StoredMatcherThatNoLongerParses_StartsWithoutItAndWarns()
    {
        // An earlier version wrote the value a"b back as msg="a"b".
        await SaveSilenceAsync("sil_old", """msg="a"b" """);
        await SaveSilenceAsync("sil_good", """team="payments" """);

        await using var host = await StartAsync();
        var incident = await host.Incidents.ReportAsync(Report("payments"), Ct);

        var delivery = Assert.Single(await host.WaitForDeliveriesAsync(incident.Id, 1));
        Assert.Equal(DeliveryStatus.Silenced, delivery.Status);
        var warning = Assert.Single(host.Services.GetFakeLogCollector().GetSnapshot(), log => log.Id.Id == 1060);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("sil_old", warning.Message, StringComparison.Ordinal);
    }

    private Task SaveSilenceAsync(string id, string matcher)
    {
        var now = _time.GetUtcNow();
        return _store.SaveSilenceAsync(
            new Silence { Id = id, Matchers = [matcher], StartsAt = now, EndsAt = now.AddHours(1) }, Ct);
    }

    private Task<EngineHost> StartAsync() => EngineHost.StartAsync(
        b =>
        {
            b.AddInMemoryChannel(new InMemoryChannel("memory")).UseStore(_ => _store);
            b.Services.AddFakeLogging();
        },
        timeProvider: _time);

    private static IncidentReport Report(string team) => new()
    {
        Title = "Checkout down",
        Labels = new Dictionary<string, string> { ["team"] = team },
    };
}
