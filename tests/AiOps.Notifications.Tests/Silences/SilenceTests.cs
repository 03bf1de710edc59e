using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Silences;

public sealed class SilenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ActiveSilence_MatchingIncident_RecordsSilencedDeliveryAndSendsNothing()
    {
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel), timeProvider: _time);
        var silences = host.Services.GetRequiredService<ISilenceManager>();
        var silence = await silences.CreateAsync(["service=\"checkout\""], null, _time.GetUtcNow().AddHours(1), "ops", "deploy", Ct);

        var incident = await host.Incidents.ReportAsync(Report("checkout"), Ct);
        var deliveries = await host.WaitForDeliveriesAsync(incident.Id, 1);

        var delivery = Assert.Single(deliveries);
        Assert.Equal(DeliveryStatus.Silenced, delivery.Status);
        Assert.Contains(silence.Id, delivery.LastError, StringComparison.Ordinal);
        Assert.Empty(channel.Messages);
    }

    [Fact]
    public async Task ExpiredSilence_NoLongerHolds()
    {
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel), timeProvider: _time);
        var silences = host.Services.GetRequiredService<ISilenceManager>();
        var silence = await silences.CreateAsync(["service=\"checkout\""], null, _time.GetUtcNow().AddHours(1), null, null, Ct);

        await silences.ExpireAsync(silence.Id, Ct);
        var incident = await host.Incidents.ReportAsync(Report("checkout"), Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 1);

        Assert.Single(channel.Messages);
        Assert.Empty(await silences.ListAsync(includeExpired: false, Ct));
        Assert.Single(await silences.ListAsync(includeExpired: true, Ct));
    }

    [Fact]
    public async Task Silence_NonMatchingLabels_DoesNotHold()
    {
        var channel = new InMemoryChannel("memory");
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel), timeProvider: _time);
        await host.Services.GetRequiredService<ISilenceManager>()
            .CreateAsync(["service=~\"check.*\"", "env=\"staging\""], null, _time.GetUtcNow().AddHours(1), null, null, Ct);

        var incident = await host.Incidents.ReportAsync(Report("checkout"), Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 1);

        Assert.Single(channel.Messages);
    }

    [Fact]
    public async Task CreateAsync_BadMatcherOrEnd_ThrowsArgumentException()
    {
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(new InMemoryChannel("m")), timeProvider: _time);
        var silences = host.Services.GetRequiredService<ISilenceManager>();

        await Assert.ThrowsAsync<ArgumentException>(() => silences.CreateAsync(["nope"], null, _time.GetUtcNow().AddHours(1), null, null, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => silences.CreateAsync(["a=\"b\""], null, _time.GetUtcNow(), null, null, Ct));
    }

    [Theory]
    [InlineData("nothere=\"\"")]
    [InlineData("service=~\".*\"")]
    [InlineData("service!=\"checkout\"", "env=~\"prod|\"")]
    public async Task CreateAsync_EveryMatcherHoldsForAMissingLabel_RefusedAndNothingSilenced(params string[] matchers)
    {
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(new InMemoryChannel("m")), timeProvider: _time);
        var silences = host.Services.GetRequiredService<ISilenceManager>();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => silences.CreateAsync(matchers, null, _time.GetUtcNow().AddHours(1), null, null, Ct));

        Assert.Contains("would silence every notification", error.Message, StringComparison.Ordinal);
        Assert.Empty(await silences.ListAsync(includeExpired: true, Ct));
    }

    [Fact]
    public async Task CreateAsync_OneMatcherNeedsAValue_Accepted()
    {
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(new InMemoryChannel("m")), timeProvider: _time);
        var silences = host.Services.GetRequiredService<ISilenceManager>();

        var silence = await silences.CreateAsync(
            ["env=~\".*\"", "service=\"checkout\""], null, _time.GetUtcNow().AddHours(1), null, null, Ct);

        Assert.Equal(2, silence.Matchers.Count);
    }

    private static IncidentReport Report(string service) => new()
    {
        Title = "Errors on " + service,
        Labels = new Dictionary<string, string> { ["service"] = service },
    };
}
