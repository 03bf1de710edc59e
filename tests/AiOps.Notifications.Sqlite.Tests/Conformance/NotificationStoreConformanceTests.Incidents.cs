namespace AiOps.Notifications.Storage.Conformance;

/// <content>Saving and finding incidents.</content>
public abstract partial class NotificationStoreConformanceTests
{
    [Fact]
    public async Task SaveIncidentAsync_EveryFieldSet_RoundTrips()
    {
        var sut = await CreateSutAsync();
        var incident = StoreTestData.FullIncident();

        await sut.SaveIncidentAsync(incident, Ct);
        var found = await sut.FindIncidentAsync(incident.Id, Ct);

        StoreAssert.Equal(incident, found);
    }

    [Fact]
    public async Task SaveIncidentAsync_OnlyRequiredFields_RoundTripsNullsAndEmptyLabels()
    {
        var sut = await CreateSutAsync();
        var incident = new Incident { Id = "inc-min", Fingerprint = "fp", Title = "t" };

        await sut.SaveIncidentAsync(incident, Ct);
        var found = await sut.FindIncidentAsync(incident.Id, Ct);

        StoreAssert.Equal(incident, found);
        Assert.Empty(found!.Labels);
    }

    [Fact]
    public async Task SaveIncidentAsync_ExistingId_ReplacesIncident()
    {
        var sut = await CreateSutAsync();
        var incident = StoreTestData.FullIncident();
        await sut.SaveIncidentAsync(incident, Ct);
        var changed = incident with
        {
            Status = IncidentStatus.Acknowledged,
            OccurrenceCount = 8,
            Diagnosis = null,
            ResolvedAt = null,
            ResolvedBy = null,
            Labels = new Dictionary<string, string> { ["only"] = "one" },
        };

        await sut.SaveIncidentAsync(changed, Ct);
        var found = await sut.FindIncidentAsync(incident.Id, Ct);

        StoreAssert.Equal(changed, found);
    }

    [Fact]
    public async Task FindIncidentAsync_UnknownId_ReturnsNull()
    {
        var sut = await CreateSutAsync();

        var found = await sut.FindIncidentAsync("missing", Ct);

        Assert.Null(found);
    }

    [Fact]
    public async Task FindOpenIncidentAsync_OnlyResolvedWithFingerprint_ReturnsNull()
    {
        var sut = await CreateSutAsync();
        var resolved = StoreTestData.Incident("a", StoreTestData.T0, IncidentStatus.Resolved)
            with { Fingerprint = "fp" };
        await sut.SaveIncidentAsync(resolved, Ct);

        var found = await sut.FindOpenIncidentAsync("fp", Ct);

        Assert.Null(found);
    }

    [Theory]
    [InlineData(IncidentStatus.New)]
    [InlineData(IncidentStatus.Diagnosed)]
    [InlineData(IncidentStatus.Acknowledged)]
    public async Task FindOpenIncidentAsync_ResolvedAndOpenWithFingerprint_ReturnsOpen(IncidentStatus openStatus)
    {
        var sut = await CreateSutAsync();
        var resolved = StoreTestData.Incident("old", StoreTestData.T0, IncidentStatus.Resolved)
            with { Fingerprint = "fp" };
        var open = StoreTestData.Incident("new", StoreTestData.T0.AddHours(1), openStatus) with { Fingerprint = "fp" };
        var other = StoreTestData.Incident("other", StoreTestData.T0.AddHours(2)) with { Fingerprint = "fp2" };
        await SaveAllAsync(sut, resolved, open, other);

        var found = await sut.FindOpenIncidentAsync("fp", Ct);

        Assert.Equal("new", found?.Id);
    }

    [Fact]
    public async Task FindOpenIncidentAsync_IncidentResolvedLater_ReturnsNull()
    {
        var sut = await CreateSutAsync();
        var open = StoreTestData.Incident("a", StoreTestData.T0) with { Fingerprint = "fp" };
        await sut.SaveIncidentAsync(open, Ct);

        await sut.SaveIncidentAsync(open with { Status = IncidentStatus.Resolved }, Ct);
        var found = await sut.FindOpenIncidentAsync("fp", Ct);

        Assert.Null(found);
    }
}
