using AiOps.Notifications.Channels;
using AiOps.Notifications.Grouping;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Storage.Conformance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Grouping;

public sealed class GroupBufferTests
{
    private static readonly RouteGrouping Grouping = new(["team"], TimeSpan.FromSeconds(30), Limit: 10);
    private static readonly RouteMatch Match = new("root", [], SendResolved: true, null, null, Grouping);

    private readonly GroupBuffer _sut = new(
        new ChannelRegistry([], new ServiceCollection().BuildServiceProvider()), new FakeTimeProvider());

    [Fact]
    public void Leave_MemberNeverStored_IsNotListedNorWaitedFor()
    {
        var first = Join("dlv-1", "Payments error 1");
        var refused = Join("dlv-2", "Payments error 2");
        var third = Join("dlv-3", "Payments error 3");

        _sut.Leave([refused]);

        var take = _sut.Take(first.Id);
        Assert.Equal(["dlv-1", "dlv-3"], take.Members.Select(member => member.DeliveryId));
        Assert.DoesNotContain("Payments error 2", take.Describe(), StringComparison.Ordinal);
        Assert.Same(GroupTake.None, _sut.Take(refused.Id));
        Assert.Equal(first.Id, _sut.Take(third.Id).WaitsFor);
    }

    [Fact]
    public void Rejoin_StoredMembers_GroupDueWhenTheFirstIsAndListedInOrder()
    {
        var dueAt = StoreTestData.T0.AddSeconds(30);
        var first = Member("dlv-1") with { NextAttemptAt = dueAt };
        _sut.Rejoin(first, Incident("Payments error 1"), Match, Grouping);
        var second = Member("dlv-2") with { NextAttemptAt = dueAt.AddSeconds(5) };
        _sut.Rejoin(second, Incident("Payments error 2"), Match, Grouping);

        var joinedAt = _sut.Join(Member("dlv-3"), Incident("Payments error 3"), Match, Grouping);

        Assert.Equal(dueAt, joinedAt);
        Assert.Equal(["dlv-1", "dlv-2", "dlv-3"], _sut.Take(first.Id).Members.Select(member => member.DeliveryId));
    }

    [Fact]
    public void Rejoin_DeliveryAlreadyInItsGroup_StaysListedOnce()
    {
        var first = Join("dlv-1", "Payments error 1");
        var second = Join("dlv-2", "Payments error 2");

        _sut.Rejoin(first, Incident("Payments error 1"), Match, Grouping);
        _sut.Rejoin(second, Incident("Payments error 2"), Match, Grouping);

        Assert.Equal(["dlv-1", "dlv-2"], _sut.Take(first.Id).Members.Select(member => member.DeliveryId));
    }

    private Delivery Join(string id, string title)
    {
        var delivery = Member(id);
        _sut.Join(delivery, Incident(title), Match, Grouping);
        return delivery;
    }

    private static Delivery Member(string id) =>
        StoreTestData.PendingDelivery(id, NotificationPriority.High, StoreTestData.T0, "ntf-1")
            with { Channel = "memory" };

    private static Incident Incident(string title) =>
        StoreTestData.Incident($"inc-{title}", StoreTestData.T0, title: title) with
        {
            Labels = new Dictionary<string, string> { ["team"] = "payments" },
        };
}
