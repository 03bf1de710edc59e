using AiOps.Notifications.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiOps.Notifications.Tests.Routing;

/// <summary>
/// Route settings that were accepted and then ignored or misread: matchers on the root route, recipients for a
/// channel the route does not send to, and a matcher with text after its closing quote.
/// </summary>
public sealed class RouteSettingsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_RootRouteWithMatchers_FailsNamingTheSetting()
    {
        using var host = CreateHost(new() { ["AiOps:Routing:Matchers:0"] = "team=\"payments\"" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));

        Assert.Contains(
            "AiOps:Routing:Matchers: the root route takes every notification and cannot have matchers; " +
            "put them on a child route",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_RouteRecipientForChannelItDoesNotSendTo_FailsNamingTheRecipient()
    {
        using var host = CreateHost(new()
        {
            ["AiOps:Routing:Routes:0:Matchers:0"] = "team=\"payments\"",
            ["AiOps:Routing:Routes:0:Channels:0"] = "memory",
            ["AiOps:Routing:Routes:0:Recipients:pager"] = "payments-lead",
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));

        Assert.Contains(
            "AiOps:Routing:Routes:0:Recipients:pager is for a channel the route does not send to (it sends to: memory)",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ChildRecipientForChannelItsParentDoesNotSendTo_FailsNamingTheRecipient()
    {
        using var host = CreateHost(new()
        {
            ["AiOps:Routing:Channels:0"] = "memory",
            ["AiOps:Routing:Routes:0:Matchers:0"] = "team=\"payments\"",
            ["AiOps:Routing:Routes:0:Recipients:pager"] = "payments-lead",
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));

        Assert.Contains(
            "AiOps:Routing:Routes:0:Recipients:pager is for a channel the route does not send to",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_RecipientsForEveryChannelOfRootAndInheritedChannels_Starts()
    {
        using var host = CreateHost(new()
        {
            ["AiOps:Routing:Recipients:pager"] = "ops",
            ["AiOps:Routing:Routes:0:Matchers:0"] = "team=\"payments\"",
            ["AiOps:Routing:Routes:0:Channels:0"] = "pager",
            ["AiOps:Routing:Routes:0:Routes:0:Matchers:0"] = "env=\"prod\"",
            ["AiOps:Routing:Routes:0:Routes:0:Recipients:PAGER"] = "payments-lead",
        });

        await host.StartAsync(Ct);

        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task StartAsync_RouteMatcherWithTextAfterTheQuote_FailsNamingTheMatcher()
    {
        using var host = CreateHost(new() { ["AiOps:Routing:Routes:0:Matchers:0"] = "team=\"payments\" extra" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));

        Assert.Contains(
            "AiOps:Routing:Routes:0:Matchers:0: 'team=\"payments\" extra' has text after the closing quote",
            error.Message,
            StringComparison.Ordinal);
    }

    private static IHost CreateHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAiOpsNotifications()
            .AddInMemoryChannel(new InMemoryChannel("memory"))
            .AddInMemoryChannel(new InMemoryChannel("pager"));
        return builder.Build();
    }
}
