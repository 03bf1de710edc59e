using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Dashboard.Tests;

public sealed class MapAiOpsDashboardTests
{
    [Fact]
    public async Task MapAiOpsDashboard_WithoutCoreServices_ThrowsNamingAddAiOpsNotifications()
    {
        await using var app = CreateApp(_ => { });

        var error = Assert.Throws<InvalidOperationException>(() => app.MapAiOpsDashboard());

        Assert.Contains("services.AddAiOpsNotifications()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapAiOpsDashboard_WithoutDashboardServices_ThrowsNamingAddAiOpsDashboard()
    {
        await using var app = CreateApp(services => CoreServices.Add(services, new FakeTimeProvider()));

        var error = Assert.Throws<InvalidOperationException>(() => app.MapAiOpsDashboard());

        Assert.Contains("AddAiOpsDashboard()", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/aiops/{id}")]
    [InlineData("/aiops?x=1")]
    public async Task MapAiOpsDashboard_PrefixWithRouteSyntax_Throws(string prefix)
    {
        await using var app = CreateApp(services =>
            CoreServices.Add(services, new FakeTimeProvider()).AddAiOpsDashboard());

        Assert.Throws<ArgumentException>(() => app.MapAiOpsDashboard(prefix));
    }

    private static WebApplication CreateApp(Action<IServiceCollection> services)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        services(builder.Services);
        return builder.Build();
    }
}
