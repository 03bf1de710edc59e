using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Ingest;

public sealed class StrictVersionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("alertmanager", "\"version\": \"4\"", "\"version\": \"5\"")]
    [InlineData("grafana", "\"version\": \"1\"", "\"version\": \"4\"")]
    public async Task Post_OtherVersionWhenStrict_RefusedNamingTheVersionAndStoresNothing(
        string source, string version, string other)
    {
        await using var sut = await CreateSutAsync(source, strict: true);
        var body = Body(source).Replace(version, other, StringComparison.Ordinal);

        var response = await sut.Client.SendAsync(HttpMethod.Post, "/aiops/api/ingest/" + source, body);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("$.version")[0].GetString();
        Assert.Contains(version.Split(' ')[1], message, StringComparison.Ordinal);
        Assert.Equal(0, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    [Theory]
    [InlineData("alertmanager")]
    [InlineData("grafana")]
    public async Task Post_KnownVersionWhenStrict_Accepted(string source)
    {
        await using var sut = await CreateSutAsync(source, strict: true);

        var response = await sut.Client.SendAsync(HttpMethod.Post, "/aiops/api/ingest/" + source, Body(source));

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    [Theory]
    [InlineData("\"5\"")]
    [InlineData("5")]
    [InlineData("4")]
    public async Task Post_OtherOrNumericVersionByDefault_ReadForTheSharedFields(string version)
    {
        await using var sut = await CreateSutAsync("alertmanager", strict: false);
        var body = Payloads.Sample.Replace("\"version\": \"4\"", "\"version\": " + version, StringComparison.Ordinal);

        var response = await sut.Client.SendAsync(HttpMethod.Post, "/aiops/api/ingest/alertmanager", body);

        await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    private static string Body(string source) => source == "grafana" ? Payloads.GrafanaFiring : Payloads.Sample;

    private static Task<DashboardTestHost> CreateSutAsync(string source, bool strict) =>
        DashboardTestHost.StartAsync(new()
        {
            ConfigureServices = services => services.Configure<AiOpsApiOptions>(
                o => o.Ingest[source] = new AiOpsIngestSourceOptions { StrictVersion = strict }),
        });
}
