namespace AiOps.Notifications.Storage.Conformance;

/// <content>Querying incidents: filters, search, paging and the total.</content>
public abstract partial class NotificationStoreConformanceTests
{
    private static readonly DateTimeOffset Q0 = StoreTestData.T0;

    [Fact]
    public async Task QueryIncidentsAsync_NoFilter_ReturnsNewestFirstWithTotal()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("b", Q0.AddMinutes(2)),
            StoreTestData.Incident("a", Q0.AddMinutes(1)),
            StoreTestData.Incident("c", Q0.AddMinutes(3)));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery(), Ct);

        Assert.Equal(["c", "b", "a"], result.Items.Select(i => i.Id));
        Assert.Equal(3, result.Total);
    }

    [Fact]
    public async Task QueryIncidentsAsync_SkipAndTake_ReturnsPageAndTotalOfAll()
    {
        var sut = await CreateSutAsync();
        var incidents = Enumerable.Range(1, 5).Select(n => StoreTestData.Incident($"i{n}", Q0.AddMinutes(n)));
        await SaveAllAsync(sut, [.. incidents]);

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Skip = 1, Take = 2 }, Ct);

        Assert.Equal(["i4", "i3"], result.Items.Select(i => i.Id));
        Assert.Equal(5, result.Total);
    }

    [Fact]
    public async Task QueryIncidentsAsync_SkipPastTheEnd_ReturnsEmptyPageAndTotal()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(sut, StoreTestData.Incident("a", Q0), StoreTestData.Incident("b", Q0.AddMinutes(1)));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Skip = 10 }, Ct);

        Assert.Empty(result.Items);
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public async Task QueryIncidentsAsync_Status_ReturnsOnlyThatStatus()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("new", Q0, IncidentStatus.New),
            StoreTestData.Incident("ack", Q0.AddMinutes(1), IncidentStatus.Acknowledged),
            StoreTestData.Incident("res", Q0.AddMinutes(2), IncidentStatus.Resolved));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Status = IncidentStatus.Acknowledged }, Ct);

        Assert.Equal(["ack"], result.Items.Select(i => i.Id));
        Assert.Equal(1, result.Total);
    }

    [Fact]
    public async Task QueryIncidentsAsync_MinLevel_ReturnsThatLevelAndAbove()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("info", Q0, level: IncidentLevel.Info),
            StoreTestData.Incident("warn", Q0.AddMinutes(1), level: IncidentLevel.Warning),
            StoreTestData.Incident("err", Q0.AddMinutes(2), level: IncidentLevel.Error),
            StoreTestData.Incident("crit", Q0.AddMinutes(3), level: IncidentLevel.Critical));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { MinLevel = IncidentLevel.Error }, Ct);

        Assert.Equal(["crit", "err"], result.Items.Select(i => i.Id));
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public async Task QueryIncidentsAsync_Component_MatchesExactly()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("exact", Q0, component: "api"),
            StoreTestData.Incident("longer", Q0.AddMinutes(1), component: "api-gateway"),
            StoreTestData.Incident("none", Q0.AddMinutes(2), component: null));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Component = "api" }, Ct);

        Assert.Equal(["exact"], result.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task QueryIncidentsAsync_DetectedFrom_IncludesTheBoundary()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("before", Q0.AddTicks(-10)),
            StoreTestData.Incident("at", Q0),
            StoreTestData.Incident("after", Q0.AddDays(1)));

        var from = Q0.ToOffset(TimeSpan.FromHours(-5));
        var result = await sut.QueryIncidentsAsync(new IncidentQuery { DetectedFrom = from }, Ct);

        Assert.Equal(["after", "at"], result.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData("DISK FULL", "title")]
    [InlineData("timed out", "message")]
    [InlineData("billing", "component")]
    public async Task QueryIncidentsAsync_Search_FindsTextIgnoringCase(string search, string expectedId)
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("title", Q0, title: "Disk full on db-1", component: "storage"),
            StoreTestData.Incident("message", Q0.AddMinutes(1), message: "The call TIMED OUT after 30 s"),
            StoreTestData.Incident("component", Q0.AddMinutes(2), component: "Billing-Service"),
            StoreTestData.Incident("none", Q0.AddMinutes(3), title: "Unrelated"));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Search = search }, Ct);

        Assert.Equal([expectedId], result.Items.Select(i => i.Id));
        Assert.Equal(1, result.Total);
    }

    [Theory]
    [InlineData("100%", "percent,thousand")]
    [InlineData("a_b", "underscore,dash")]
    [InlineData(@"c:\temp", "backslash,colon")]
    public async Task QueryIncidentsAsync_SearchWithWildcardCharacters_TreatsThemAsWordSeparators(
        string search, string expectedIds)
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("percent", Q0, title: "CPU at 100% on web-1"),
            StoreTestData.Incident("thousand", Q0.AddMinutes(1), title: "CPU at 1000 on web-1"),
            StoreTestData.Incident("underscore", Q0.AddMinutes(2), title: "queue a_b stuck"),
            StoreTestData.Incident("dash", Q0.AddMinutes(3), title: "queue a-b stuck"),
            StoreTestData.Incident("no-underscore", Q0.AddMinutes(4), title: "queue axb stuck"),
            StoreTestData.Incident("backslash", Q0.AddMinutes(5), title: @"path c:\temp full"),
            StoreTestData.Incident("colon", Q0.AddMinutes(6), title: "path c:temp full"),
            StoreTestData.Incident("no-backslash", Q0.AddMinutes(7), title: "path ctemp full"));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Search = search }, Ct);

        Assert.Equal(expectedIds.Split(',').Reverse(), result.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task QueryIncidentsAsync_FiltersCombined_ReturnsIntersectionAndItsTotal()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("hit1", Q0.AddMinutes(1), level: IncidentLevel.Critical, title: "db down"),
            StoreTestData.Incident("hit2", Q0.AddMinutes(2), level: IncidentLevel.Error, title: "DB slow"),
            StoreTestData.Incident("hit3", Q0.AddMinutes(3), level: IncidentLevel.Error, title: "db locked"),
            StoreTestData.Incident("low", Q0.AddMinutes(4), level: IncidentLevel.Warning, title: "db warm"),
            StoreTestData.Incident("old", Q0.AddMinutes(-1), level: IncidentLevel.Critical, title: "db gone"),
            StoreTestData.Incident("other", Q0.AddMinutes(5), level: IncidentLevel.Critical, component: "web"));
        var query = new IncidentQuery
        {
            Status = IncidentStatus.New,
            MinLevel = IncidentLevel.Error,
            Component = "api",
            Search = "db",
            DetectedFrom = Q0,
            Take = 2,
        };

        var result = await sut.QueryIncidentsAsync(query, Ct);

        Assert.Equal(["hit3", "hit2"], result.Items.Select(i => i.Id));
        Assert.Equal(3, result.Total);
    }
}
