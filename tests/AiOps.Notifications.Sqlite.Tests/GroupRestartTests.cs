using AiOps.Notifications.Channels;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Sqlite.Tests;

/// <summary>Groups waiting when the host stops are rebuilt from the SQLite file when it starts again.</summary>
public sealed class GroupRestartTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryChannel _channel = new("memory");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReportAsync_HostRestartedDuringGroupWait_OneGroupMessageListsAll()
    {
        var stopped = new InMemoryChannel("memory");
        var payments = new List<Incident>();
        using (var first = CreateSut(stopped))
        {
            await first.StartAsync(Ct);
            var incidents = first.Services.GetRequiredService<IIncidentManager>();
            for (var i = 1; i <= 3; i++)
            {
                payments.Add(await incidents.ReportAsync(Report($"Payments error {i}"), Ct));
            }

            await first.StopAsync(Ct);
        }

        using var sut = CreateSut(_channel);
        await sut.StartAsync(Ct);
        var store = sut.Services.GetRequiredService<INotificationStore>();
        var deliveries = await AdvanceUntilSentAsync(store, payments);

        Assert.Empty(stopped.Messages);
        var grouped = Assert.Single(_channel.Messages);
        Assert.Equal("3", grouped.Notification.Data["group_count"]);
        Assert.Equal(
            "- Payments error 1 (checkout)\n- Payments error 2 (checkout)\n- Payments error 3 (checkout)",
            grouped.Notification.Data["group_items"]);
        var leader = Assert.Single(deliveries, d => d.Status == DeliveryStatus.Delivered);
        var members = deliveries.Where(d => d.Id != leader.Id).ToList();
        Assert.Equal(2, members.Count);
        Assert.All(members, d => Assert.Equal(DeliveryStatus.Cancelled, d.Status));
        Assert.All(members, d => Assert.Equal("Cancelled: sent in the group message of " + leader.Id, d.LastError));
        await sut.StopAsync(Ct);
    }

    /// <summary>Moves the clock in half-poll steps until no delivery of the incidents is pending.</summary>
    /// <remarks>The outbox poller may register its next wait after any advance, so one jump is not enough.</remarks>
    private async Task<List<Delivery>> AdvanceUntilSentAsync(INotificationStore store, List<Incident> incidents)
    {
        for (var step = 0; step < 400; step++)
        {
            var deliveries = new List<Delivery>();
            foreach (var incident in incidents)
            {
                deliveries.AddRange(await store.GetDeliveriesForIncidentAsync(incident.Id, Ct));
            }

            if (deliveries.All(d => d.Status != DeliveryStatus.Pending))
            {
                return deliveries;
            }

            _time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(10, Ct);
        }

        Assert.Fail("Grouped deliveries were still pending after 2000 simulated seconds.");
        return [];
    }

    private IHost CreateSut(InMemoryChannel channel)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _folder.FullPath,
            DisableDefaults = true,
        });
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services
            .AddAiOpsNotifications(options =>
            {
                options.Routing.GroupBy.Add("team");
                options.Routing.GroupWait = TimeSpan.FromSeconds(30);
                options.Delivery.OutboxPollInterval = TimeSpan.FromSeconds(10);
            })
            .UseSqlite(options => options.DatabasePath = "aiops.db")
            .AddInMemoryChannel(channel);
        return builder.Build();
    }

    private static IncidentReport Report(string title) => new()
    {
        Title = title,
        Component = "checkout",
        Labels = new Dictionary<string, string> { ["team"] = "payments" },
    };
}
