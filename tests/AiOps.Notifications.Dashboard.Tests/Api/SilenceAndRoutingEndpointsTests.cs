using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Api;

public sealed class SilenceAndRoutingEndpointsTests
{
    private const string Silence = """
        {"matchers":["service=\"checkout\""],"endsAt":"2026-12-03T12:00:00Z","createdBy":"alice","comment":"db"}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateListExpire_Silence_RoundTrips()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var created = await HttpAssert.JsonAsync(
            await sut.Client.PostJsonAsync("/aiops/api/silences", Silence), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        var listed = await HttpAssert.JsonAsync(
            await sut.Client.GetAsync("/aiops/api/silences", Ct), HttpStatusCode.OK);
        var expired = await sut.Client.PostAsync($"/aiops/api/silences/{id}/expire", null, Ct);
        var after = await HttpAssert.JsonAsync(await sut.Client.GetAsync("/aiops/api/silences", Ct), HttpStatusCode.OK);

        Assert.Equal(id, listed.GetProperty("items")[0].GetProperty("id").GetString());
        await HttpAssert.JsonAsync(expired, HttpStatusCode.OK);
        Assert.Equal(0, after.GetProperty("items").GetArrayLength());
        var all = await sut.Client.GetAsync("/aiops/api/silences?includeExpired=true", Ct);
        Assert.Equal(1, (await HttpAssert.JsonAsync(all, HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"endsAt":"2026-12-03T12:00:00Z"}""", "matchers")]
    [InlineData("""{"matchers":["a=\"b\""]}""", "endsAt")]
    [InlineData("""{"matchers":["not a matcher ~~"],"endsAt":"2026-12-03T12:00:00Z"}""", "matchers")]
    [InlineData("""{"matchers":["team=\"payments\" extra"],"endsAt":"2026-12-03T12:00:00Z"}""", "matchers")]
    [InlineData("""{"matchers":["msg=a\"b"],"endsAt":"2026-12-03T12:00:00Z"}""", "matchers")]
    [InlineData("""{"matchers":["a=\"b\""],"endsAt":"2020-01-01T00:00:00Z"}""", "endsAt")]
    [InlineData("""{"matchers":["a=\"b\""],"endsAt":"9999-12-31T23:59:59Z"}""", "endsAt")]
    [InlineData("""{"matchers":["a=\"b\""],"endsAt":"9000-01-01T00:00:00Z"}""", "endsAt")]
    [InlineData("""{"matchers":["a=\"b\""],"startsAt":"1999-12-31T23:59:59Z","endsAt":"2026-12-04T00:00:00Z"}""",
        "startsAt")]
    public async Task Create_Invalid_Returns400NamingField(string body, string field)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync("/aiops/api/silences", body);

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task Create_Silence_LocationReadsItBackAfterExpiry()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync("/aiops/api/silences", Silence);
        var id = (await HttpAssert.JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var location = response.Headers.Location!;
        await sut.Client.PostAsync($"/aiops/api/silences/{id}/expire", null, Ct);
        var read = await HttpAssert.JsonAsync(await sut.Client.GetAsync(location, Ct), HttpStatusCode.OK);

        Assert.Equal("/aiops/api/silences/" + id, location.OriginalString);
        Assert.Equal(id, read.GetProperty("id").GetString());
        Assert.Equal("alice", read.GetProperty("createdBy").GetString());
    }

    [Fact]
    public async Task Get_Unknown_Returns404()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync("/aiops/api/silences/sil_missing", Ct);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Expire_Unknown_Returns404()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostAsync("/aiops/api/silences/sil_missing/expire", null, Ct);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_BadIncludeExpired_Returns400()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.GetAsync("/aiops/api/silences?includeExpired=maybe", Ct);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Explain_Subject_ReturnsRoutesWithTargets()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync(
            "/aiops/api/routing/explain", """{"type":"incident.detected","priority":"High","labels":{"team":"x"}}""");

        var routes = (await HttpAssert.JsonAsync(response, HttpStatusCode.OK)).GetProperty("routes");
        Assert.True(routes.GetArrayLength() >= 1);
        Assert.Equal(CoreServices.ChannelName, routes[0].GetProperty("targets")[0].GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Explain_MissingType_Returns400()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync("/aiops/api/routing/explain", """{"priority":"High"}""");

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("type", out _));
    }
}
