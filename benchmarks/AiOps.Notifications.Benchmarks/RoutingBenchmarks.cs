using AiOps.Notifications.Channels;
using AiOps.Notifications.Internal;
using AiOps.Notifications.Routing;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Benchmarks;

/// <summary>Walks a routing tree of 100 routes with label and regular-expression matchers.</summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private NotificationRouter _router = null!;
    private RoutingSubject _lastRoute = null!;
    private RoutingSubject _unmatched = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new AiOpsNotificationsOptions();
        for (var i = 0; i < 100; i++)
        {
            options.Routing.Routes.Add(new NotificationRouteOptions
            {
                Name = "team" + i,
                Matchers = { $"team=\"team{i}\"", "priority=~\"High|Critical\"" },
                Channels = { "memory" },
            });
        }

        var registry = new ChannelRegistry(
            [new ChannelRegistration("memory", "memory", _ => new InMemoryChannel("memory"))],
            new ServiceCollection().BuildServiceProvider());
        _router = new NotificationRouter(registry, Options.Create(options));
        _lastRoute = Subject("team99");
        _unmatched = Subject("nobody");
    }

    [Benchmark]
    public IReadOnlyList<RouteMatch> LastOfHundredRoutes() => _router.Explain(_lastRoute);

    [Benchmark]
    public IReadOnlyList<RouteMatch> NoRouteMatchesFallsToRoot() => _router.Explain(_unmatched);

    private static RoutingSubject Subject(string team) => new(
        NotificationTypes.IncidentDetected,
        NotificationPriority.Critical,
        "checkout",
        "http",
        new Dictionary<string, string> { ["team"] = team, ["env"] = "prod" });
}
