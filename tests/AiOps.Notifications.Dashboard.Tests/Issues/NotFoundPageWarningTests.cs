using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace AiOps.Notifications.Dashboard.Tests.Issues;

/// <summary>Every 404 incident page logged the antiforgery warning "The 'Cache-Control' and 'Pragma' headers have
/// been overridden": the page stored its antiforgery tokens twice.</summary>
public sealed class NotFoundPageWarningTests
{
    [Fact]
    public async Task Get_MissingIncidentPage_LogsNoWarning()
    {
        await using var sut = await DashboardTestHost.StartAsync(new() { ConfigureServices = s => s.AddFakeLogging() });

        using var response = await sut.Client.GetAsync(
            "/aiops/incidents/inc_nope", TestContext.Current.CancellationToken);

        await HttpAssert.NotFoundPageAsync(response, "Incident", "inc_nope");
        var warnings = sut.Services.GetFakeLogCollector().GetSnapshot()
            .Where(record => record.Level >= LogLevel.Warning)
            .Select(record => $"{record.Category}: {record.Message}");
        Assert.Empty(warnings);
    }
}
