using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Security;

public sealed class ReadOnlyModeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Map_EveryStateChangingRoute_IsAnOperatorActionOrOpenWhenReadOnly()
    {
        await using var sut = await CreateSutAsync();
        var listed = StateChangingRoutes.OperatorActions.Select(row => row.Data)
            .Concat(StateChangingRoutes.OpenWhenReadOnly.Select(row => row.Data.Item1));

        var mapped = StateChangingRoutes.Mapped(sut.Services);

        Assert.Equal(new SortedSet<string>(listed), mapped);
    }

    [Theory]
    [MemberData(nameof(StateChangingRoutes.OperatorActions), MemberType = typeof(StateChangingRoutes))]
    public async Task Post_OperatorActionOnReadOnlyMount_Returns403ReadOnly(string route)
    {
        await using var sut = await CreateSutAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        var response = await sut.Client.PostJsonAsync(StateChangingRoutes.Url(route, incident.Id), "{}");

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("https://aiops.dev/problems/read-only", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Resolve_ApiOnReadOnlyMount_IncidentStaysOpen()
    {
        await using var sut = await CreateSutAsync();
        var incident = await sut.Incidents.ReportAsync(new IncidentReport { Title = "Disk full" }, Ct);

        using var response = await sut.Client.PostAsync($"/aiops/api/incidents/{incident.Id}/resolve", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(IncidentStatus.New, (await sut.Store.FindIncidentAsync(incident.Id, Ct))!.Status);
    }

    [Theory]
    [MemberData(nameof(StateChangingRoutes.OpenWhenReadOnly), MemberType = typeof(StateChangingRoutes))]
    public async Task Post_InboundReportOnReadOnlyMount_IsAccepted(string route, string body)
    {
        await using var sut = await CreateSutAsync();

        using var response = await sut.Client.PostJsonAsync(route, body);

        Assert.True(response.IsSuccessStatusCode, $"{route} answered {(int)response.StatusCode}.");
    }

    [Fact]
    public async Task Ingest_AlertmanagerOnReadOnlyMount_OpensIncident()
    {
        await using var sut = await CreateSutAsync();

        var incident = await sut.IngestSampleAsync();

        Assert.Equal(IncidentStatus.New, incident.Status);
    }

    [Fact]
    public async Task Get_ApiOnReadOnlyMount_StillAnswers()
    {
        await using var sut = await CreateSutAsync();

        using var response = await sut.Client.GetAsync("/aiops/api/incidents", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<DashboardTestHost> CreateSutAsync() =>
        DashboardTestHost.StartAsync(new() { ConfigureOptions = o => o.ReadOnly = true });
}
