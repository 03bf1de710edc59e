using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Dashboard.Tests.Ingest;

public sealed class GenericIngestEndpointTests
{
    private const string Url = "/aiops/api/ingest/generic";

    private const string Fingerprint = "generic:nightly-backup:backup-postgres-orders";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_Sample_OpensIncident()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostAsync(Url, Payloads.Json(Payloads.Generic), Ct);

        var summary = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, summary.GetProperty("opened").GetInt32());
        var incident = await sut.Store.FindOpenIncidentAsync(Fingerprint, Ct);
        Assert.Equal("postgres-orders", incident!.Component);
        Assert.Equal(IncidentLevel.Error, incident.Level);
        Assert.Equal("nightly-backup", incident.Source);
    }

    [Fact]
    public async Task Post_SameIdTwice_AppliedOnce()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Client.PostAsync(Url, Payloads.Json(Payloads.Generic), Ct);
        var again = Payloads.Generic.Replace("pg_dump exited", "pg_dump failed", StringComparison.Ordinal);

        var response = await sut.Client.PostAsync(Url, Payloads.Json(again), Ct);

        Assert.True((await HttpAssert.JsonAsync(response, HttpStatusCode.OK)).GetProperty("duplicate").GetBoolean());
        Assert.Equal(1, (await sut.Store.FindOpenIncidentAsync(Fingerprint, Ct))!.OccurrenceCount);
    }

    [Fact]
    public async Task Post_Resolved_ResolvesOpenIncident()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await sut.Client.PostAsync(Url, Payloads.Json(Payloads.Generic), Ct);

        var response = await sut.Client.PostAsync(Url, Payloads.Json(
            """{"source":"nightly-backup","status":"resolved","fingerprint":"backup-postgres-orders"}"""), Ct);

        Assert.Equal(1, (await HttpAssert.JsonAsync(response, HttpStatusCode.OK)).GetProperty("resolved").GetInt32());
        Assert.Null(await sut.Store.FindOpenIncidentAsync(Fingerprint, Ct));
    }

    [Theory]
    [InlineData("""{"title":"x"}""", "source")]
    [InlineData("""{"source":"s"}""", "title")]
    [InlineData("""{"source":"s","status":"resolved"}""", "fingerprint")]
    [InlineData("""{"source":"s","title":"x","level":"Huge"}""", "level")]
    [InlineData("""{"source":"s","title":"x","status":"pending"}""", "status")]
    [InlineData("""{"source":"s","title":42}""", "$.title")]
    [InlineData("""{"source":"s","title":"x","startedAt":"0001-01-01T00:00:00Z"}""", "startedAt")]
    public async Task Post_Invalid_Returns400NamingField(string body, string field)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostAsync(Url, Payloads.Json(body), Ct);

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task Post_QueueFull_Returns503AndRetryIsNotTakenForDuplicate()
    {
        await using var sut = await DashboardTestHost.StartAsync(new()
        {
            ConfigureServices = services => services.AddSingleton<IIncidentManager, OverloadedIncidentManager>(),
        });

        var first = await sut.Client.PostAsync(Url, Payloads.Json(Payloads.Generic), Ct);
        var retry = await sut.Client.PostAsync(Url, Payloads.Json(Payloads.Generic), Ct);

        await HttpAssert.ProblemAsync(first, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(first.Headers.RetryAfter);
        await HttpAssert.ProblemAsync(retry, HttpStatusCode.ServiceUnavailable);
    }
}
