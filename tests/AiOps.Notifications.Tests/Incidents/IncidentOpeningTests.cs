using AiOps.Notifications.Channels;
using AiOps.Notifications.Escalation;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Incidents;

/// <summary>A new incident, its detected notification and its escalation timer are stored in one write.</summary>
public sealed class IncidentOpeningTests : IDisposable
{
    private const string Fingerprint = "checkout-down";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly CancellationTokenSource _report = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _report.Dispose();

    [Fact]
    public async Task ReportAsync_NewIncident_OpensItInOneStoreWrite()
    {
        var store = ReportWriteStore.Over(new InMemoryNotificationStore(), _report);
        await using var sut = await CreateSutAsync(store);

        await sut.Incidents.ReportAsync(Critical(), _report.Token);

        Assert.Equal([nameof(INotificationStore.OpenIncidentAsync)], store.Writes);
    }

    [Fact]
    public async Task ReportAsync_CancelledOnceTheStoreWriteIsUnderWay_StoresIncidentWithNotificationAndTimer()
    {
        var store = ReportWriteStore.Over(new InMemoryNotificationStore(), _report, cancelAfterWrite: true);
        await using var sut = await CreateSutAsync(store);

        var error = await Record.ExceptionAsync(() => sut.Incidents.ReportAsync(Critical(), _report.Token));

        Assert.True(error is null or OperationCanceledException, $"Unexpected {error}");
        var incident = await sut.Store.FindOpenIncidentAsync(Fingerprint, Ct);
        Assert.NotNull(incident);
        var detected = Assert.Single(await sut.Store.GetNotificationsForIncidentAsync(incident.Id, Ct));
        Assert.Equal(NotificationTypes.IncidentDetected, detected.Type);
        Assert.Equal("team", Assert.Single(await sut.Store.GetDeliveriesForNotificationAsync(detected.Id, Ct)).Channel);
        Assert.Equal("payments", (await sut.Store.FindEscalationAsync(incident.Id, Ct))?.Policy);
    }

    private Task<EngineHost> CreateSutAsync(ReportWriteStore store) =>
        EngineHost.StartAsync(
            b => b.AddInMemoryChannel(new InMemoryChannel("team"))
                .AddInMemoryChannel(new InMemoryChannel("lead"))
                .UseStore(_ => store.Proxy),
            o =>
            {
                o.Routing.Routes.Add(new NotificationRouteOptions
                {
                    Matchers = { "team=\"payments\"" },
                    Channels = { "team" },
                    EscalationPolicy = "payments",
                });
                o.EscalationPolicies["payments"] = new EscalationPolicyOptions
                {
                    Steps = { new EscalationStepOptions { Delay = TimeSpan.FromMinutes(5), Channels = { "lead" } } },
                };
            },
            _time);

    private static IncidentReport Critical() => new()
    {
        Title = "Checkout down",
        Fingerprint = Fingerprint,
        Level = IncidentLevel.Critical,
        Labels = new Dictionary<string, string> { ["team"] = "payments" },
    };
}
