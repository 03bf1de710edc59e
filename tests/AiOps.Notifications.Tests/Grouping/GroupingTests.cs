using AiOps.Notifications.Channels;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Grouping;

public sealed class GroupingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryChannel _channel = new("memory");

    [Fact]
    public async Task DetectedIncidentsSharingGroupLabels_GoOutAsOneMessageListingThem()
    {
        await using var host = await StartAsync();
        var payments = new List<Incident>();
        for (var i = 1; i <= 4; i++)
        {
            payments.Add(await host.Incidents.ReportAsync(Report($"Payments error {i}", "payments"), Ct));
        }

        var platform = await host.Incidents.ReportAsync(Report("Platform error", "platform"), Ct);
        Assert.Empty(_channel.Messages);

        await AdvanceUntilSentAsync(host, payments.Append(platform));

        Assert.Equal(2, _channel.Messages.Count);
        var grouped = _channel.Messages.Single(m => m.Notification.Data.ContainsKey("group_count"));
        Assert.Equal("4", grouped.Notification.Data["group_count"]);
        Assert.EndsWith("(+3 more)", grouped.Incident!.Title, StringComparison.Ordinal);
        Assert.Contains("- Payments error 1 (checkout)", grouped.Notification.Data["group_items"], StringComparison.Ordinal);
        Assert.Contains("… and 2 more", grouped.Notification.Data["group_items"], StringComparison.Ordinal);
        var cancelled = new List<Delivery>();
        foreach (var incident in payments)
        {
            cancelled.AddRange((await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct)).Where(d => d.Status == DeliveryStatus.Cancelled));
        }

        Assert.Equal(3, cancelled.Count);
        Assert.All(cancelled, d => Assert.Contains("sent in the group message of", d.LastError, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChannelGroupLimit_CapsItsListWhileOtherChannelsListUpToTheRouteLimit()
    {
        var chat = new InMemoryChannel("chat") { GroupLimit = 1 };
        await using var host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(_channel).AddInMemoryChannel(chat),
            o =>
            {
                o.Routing.GroupBy.Add("team");
                o.Routing.GroupLimit = 3;
                o.Delivery.OutboxPollInterval = TimeSpan.FromSeconds(10);
            },
            _time);
        var payments = new List<Incident>();
        for (var i = 1; i <= 5; i++)
        {
            payments.Add(await host.Incidents.ReportAsync(Report($"Payments error {i}", "payments"), Ct));
        }

        await AdvanceUntilSentAsync(host, payments);

        var wide = Assert.Single(_channel.Messages).Notification.Data["group_items"];
        Assert.Equal(3, wide.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
        Assert.EndsWith("… and 2 more", wide, StringComparison.Ordinal);
        var narrow = Assert.Single(chat.Messages).Notification.Data["group_items"];
        Assert.Equal("- Payments error 1 (checkout)\n… and 4 more", narrow);
    }

    [Fact]
    public async Task ResolvedNotifications_AreNotGrouped()
    {
        await using var host = await StartAsync();
        var incident = await host.Incidents.ReportAsync(Report("Payments error", "payments"), Ct);
        await AdvanceUntilSentAsync(host, [incident]);

        await host.Incidents.ResolveAsync(incident.Id, "ops", Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 2);

        Assert.Contains(_channel.Messages, m => m.Notification.Type == NotificationTypes.IncidentResolved);
    }

    [Fact]
    public async Task GroupMessageFailsOnce_RetryCarriesTheGroupAndMembersWaitForIt()
    {
        var calls = 0;
        var channel = new InMemoryChannel("memory", (_, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
            ? DeliveryResult.Transient("Service Unavailable", 503)
            : DeliveryResult.Delivered()));
        await using var host = await StartAsync(channel, o => o.Delivery.ImmediateAttempts = 1);
        var payments = new List<Incident>();
        for (var i = 1; i <= 3; i++)
        {
            payments.Add(await host.Incidents.ReportAsync(Report($"Payments error {i}", "payments"), Ct));
        }

        await AdvanceUntilSentAsync(host, payments);

        var grouped = Assert.Single(channel.Messages);
        Assert.Equal("3", grouped.Notification.Data["group_count"]);
        var deliveries = await DeliveriesAsync(host, payments);
        var leader = Assert.Single(deliveries, d => d.Status == DeliveryStatus.Delivered);
        Assert.Equal(2, leader.AttemptCount);
        var members = deliveries.Where(d => d.Id != leader.Id).ToList();
        Assert.Equal(2, members.Count);
        Assert.All(members, d => Assert.Equal(DeliveryStatus.Cancelled, d.Status));
        Assert.All(members, d => Assert.Equal("Cancelled: sent in the group message of " + leader.Id, d.LastError));
    }

    [Fact]
    public async Task GroupMessageFailsForGood_MembersGoOutOnTheirOwn()
    {
        var channel = new InMemoryChannel("memory", (message, _) => Task.FromResult(
            message.Notification.Data.ContainsKey("group_count")
                ? DeliveryResult.Permanent("message too large", 400)
                : DeliveryResult.Delivered()));
        await using var host = await StartAsync(channel);
        var payments = new List<Incident>();
        for (var i = 1; i <= 3; i++)
        {
            payments.Add(await host.Incidents.ReportAsync(Report($"Payments error {i}", "payments"), Ct));
        }

        await AdvanceUntilSentAsync(host, payments);

        var deliveries = await DeliveriesAsync(host, payments);
        Assert.Single(deliveries, d => d.Status == DeliveryStatus.Failed);
        Assert.Equal(2, deliveries.Count(d => d.Status == DeliveryStatus.Delivered));
        Assert.Equal(2, channel.Messages.Count);
        Assert.All(channel.Messages, m => Assert.False(m.Notification.Data.ContainsKey("group_count")));
    }

    [Fact]
    public async Task HostRestartedDuringGroupWait_WaitingAndLaterIncidentsGoOutAsOneMessage()
    {
        var store = new InMemoryNotificationStore();
        var stopped = new InMemoryChannel("memory");
        var payments = new List<Incident>();
        await using (var first = await StartAsync(stopped, store: store))
        {
            payments.Add(await first.Incidents.ReportAsync(Report("Payments error 1", "payments"), Ct));
            payments.Add(await first.Incidents.ReportAsync(Report("Payments error 2", "payments"), Ct));
        }

        await using var host = await StartAsync(store: store);
        payments.Add(await host.Incidents.ReportAsync(Report("Payments error 3", "payments"), Ct));
        await AdvanceUntilSentAsync(host, payments);

        Assert.Empty(stopped.Messages);
        var grouped = Assert.Single(_channel.Messages);
        Assert.Equal("3", grouped.Notification.Data["group_count"]);
        var deliveries = await DeliveriesAsync(host, payments);
        var leader = Assert.Single(deliveries, d => d.Status == DeliveryStatus.Delivered);
        Assert.All(deliveries.Where(d => d.Id != leader.Id), d =>
            Assert.Equal("Cancelled: sent in the group message of " + leader.Id, d.LastError));
    }

    private static async Task<List<Delivery>> DeliveriesAsync(EngineHost host, IEnumerable<Incident> incidents)
    {
        var deliveries = new List<Delivery>();
        foreach (var incident in incidents)
        {
            deliveries.AddRange(await host.Store.GetDeliveriesForIncidentAsync(incident.Id, Ct));
        }

        return deliveries;
    }

    /// <summary>Moves the clock in poll-sized steps until no delivery of the incidents is pending.</summary>
    /// <remarks>The outbox poller may register its next wait after any single advance, so one jump is not enough.</remarks>
    private async Task AdvanceUntilSentAsync(EngineHost host, IEnumerable<Incident> incidents)
    {
        var ids = incidents.Select(incident => incident.Id).ToList();
        for (var step = 0; step < 200; step++)
        {
            var pending = 0;
            foreach (var id in ids)
            {
                pending += (await host.Store.GetDeliveriesForIncidentAsync(id, Ct)).Count(d => d.Status == DeliveryStatus.Pending);
            }

            if (pending == 0)
            {
                return;
            }

            _time.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(10, Ct);
        }

        Assert.Fail("Grouped deliveries were still pending after 2000 simulated seconds.");
    }

    private Task<EngineHost> StartAsync(
        InMemoryChannel? channel = null,
        Action<AiOpsNotificationsOptions>? options = null,
        INotificationStore? store = null) => EngineHost.StartAsync(
        b =>
        {
            b.AddInMemoryChannel(channel ?? _channel);
            if (store is not null)
            {
                b.UseStore(_ => store);
            }
        },
        o =>
        {
            o.Routing.GroupBy.Add("team");
            o.Routing.GroupWait = TimeSpan.FromSeconds(30);
            o.Routing.GroupLimit = 2;
            o.Delivery.OutboxPollInterval = TimeSpan.FromSeconds(10);
            options?.Invoke(o);
        },
        _time);

    private static IncidentReport Report(string title, string team) => new()
    {
        Title = title,
        Component = "checkout",
        Labels = new Dictionary<string, string> { ["team"] = team },
    };
}
