using AiOps.Notifications.Channels;
using AiOps.Notifications.Routing;
using AiOps.Notifications.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Tests.Routing;

public sealed class NotificationRouterTests
{
    [Fact]
    public void Explain_NoRoutes_RootSendsToEveryChannel()
    {
        var sut = CreateSut(new NotificationRouteOptions());

        var match = Assert.Single(sut.Explain(Subject()));

        Assert.Equal("root", match.Route);
        Assert.Equal(["email", "slack", "webhook"], match.Targets.Select(t => t.Channel).Order());
    }

    [Fact]
    public void Explain_FirstMatchingChildWithoutContinue_StopsThere()
    {
        var sut = CreateSut(Tree());

        var matches = sut.Explain(Subject(labels: new() { ["team"] = "payments" }));

        var match = Assert.Single(matches);
        Assert.Equal("root/payments", match.Route);
        Assert.Equal(new RouteTarget("email", "payments@example.test"), Assert.Single(match.Targets));
    }

    [Fact]
    public void Explain_ContinueSet_AlsoTriesNextSiblings()
    {
        var sut = CreateSut(Tree());

        var matches = sut.Explain(Subject(NotificationPriority.Critical, new() { ["team"] = "platform" }));

        Assert.Equal(["root/critical", "root/platform"], matches.Select(m => m.Route));
    }

    [Fact]
    public void Explain_NestedRouteInheritsChannelsAndRecipients()
    {
        var tree = Tree();
        tree.Routes[1].Routes.Add(new NotificationRouteOptions { Name = "db", Matchers = { "component=\"postgres\"" } });
        var sut = CreateSut(tree);

        var match = Assert.Single(sut.Explain(Subject(labels: new() { ["team"] = "payments" }, component: "postgres")));

        Assert.Equal("root/payments/db", match.Route);
        Assert.Equal(new RouteTarget("email", "payments@example.test"), Assert.Single(match.Targets));
    }

    [Fact]
    public void Route_ResolvedOnRouteWithoutSendResolved_SkipsIt()
    {
        var tree = Tree();
        tree.Routes[1].SendResolved = false;
        var sut = CreateSut(tree);
        var subject = Subject(labels: new() { ["team"] = "payments" }) with { Type = NotificationTypes.IncidentResolved };

        var targets = sut.Route(new NotificationRequest { Type = subject.Type, Title = "t" }, subject);

        Assert.Empty(targets);
    }

    [Fact]
    public void Constructor_UnknownChannelAndBadMatcher_FailsNamingBothSettings()
    {
        var tree = new NotificationRouteOptions
        {
            Routes =
            {
                new NotificationRouteOptions
                {
                    Channels = { "pager" },
                    Matchers = { "team=~\"(\"" },
                    Recipients = { ["sms"] = "+4420" },
                },
            },
        };

        var error = Assert.Throws<InvalidOperationException>(() => CreateSut(tree));

        Assert.Contains("AiOps:Routing:Routes:0:Channels:0 names channel 'pager'", error.Message, StringComparison.Ordinal);
        Assert.Contains("AiOps:Routing:Routes:0:Recipients:sms is for channel 'sms'", error.Message, StringComparison.Ordinal);
        Assert.Contains("AiOps:Routing:Routes:0:Matchers:0", error.Message, StringComparison.Ordinal);
    }

    private static NotificationRouteOptions Tree() => new()
    {
        Routes =
        {
            new NotificationRouteOptions { Name = "critical", Matchers = { "priority=\"Critical\"" }, Channels = { "slack" }, Continue = true },
            new NotificationRouteOptions
            {
                Name = "payments",
                Matchers = { "team=\"payments\"" },
                Channels = { "email" },
                Recipients = { ["email"] = "payments@example.test" },
            },
            new NotificationRouteOptions { Name = "platform", Matchers = { "team=~\"plat.*\"" }, Channels = { "webhook" } },
        },
    };

    private static RoutingSubject Subject(
        NotificationPriority priority = NotificationPriority.Medium,
        Dictionary<string, string>? labels = null,
        string? component = null) =>
        new(NotificationTypes.IncidentDetected, priority, component, null, labels ?? []);

    private static NotificationRouter CreateSut(NotificationRouteOptions routing)
    {
        var options = new AiOpsNotificationsOptions { Routing = routing };
        string[] names = ["email", "slack", "webhook"];
        var channels = new ChannelRegistry(
            names.Select(name => new ChannelRegistration(name, "memory", _ => new InMemoryChannel(name))),
            new ServiceCollection().BuildServiceProvider());
        return new NotificationRouter(channels, Options.Create(options));
    }
}
