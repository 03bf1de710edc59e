namespace AiOps.Notifications.Storage.Conformance;

/// <content>Incident search: word prefixes, case, diacritics and text that looks like query syntax.</content>
public abstract partial class NotificationStoreConformanceTests
{
    private const string SyntaxTitle = "x \"quoted\" AND NEAR(a b) -minus * star title:col ^caret {b} 'apos' OR";

    [Fact]
    public async Task QueryIncidentsAsync_SearchWord_FindsWordsStartingWithItButNotInsideWords()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("title", Q0, title: "Checkout API down", component: "web"),
            StoreTestData.Incident("component", Q0.AddMinutes(1), title: "Latency high", component: "checkout-api"),
            StoreTestData.Incident("inside", Q0.AddMinutes(2), title: "PreCheckoutStep failed", component: "web"),
            StoreTestData.Incident("other", Q0.AddMinutes(3), title: "Orders slow", component: "orders"));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Search = "checkout" }, Ct);

        Assert.Equal(["component", "title"], result.Items.Select(i => i.Id));
        Assert.Equal(2, result.Total);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("CHECKOUT-API")]
    [InlineData("api checkout")]
    [InlineData("c a")]
    public async Task QueryIncidentsAsync_SearchWordPrefixes_EveryWordMustStartAWordInAnyField(string search)
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("hit", Q0, title: "Latency high", component: "checkout-api"),
            StoreTestData.Incident("one-word", Q0.AddMinutes(1), title: "Checkout down", component: "web"),
            StoreTestData.Incident("inside", Q0.AddMinutes(2), title: "PreCheckout xapi", component: "web"));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Search = search }, Ct);

        Assert.Contains("hit", result.Items.Select(i => i.Id));
        Assert.DoesNotContain("inside", result.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData("cafe", "accented")]
    [InlineData("CAFÉ", "accented")]
    [InlineData("Zeituber", "umlaut")]
    [InlineData("élan", "plain")]
    public async Task QueryIncidentsAsync_SearchWithOrWithoutDiacritics_FindsBoth(string search, string expectedId)
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("accented", Q0, title: "Café API down"),
            StoreTestData.Incident("umlaut", Q0.AddMinutes(1), message: "Zeitüberschreitung nach 30 s"),
            StoreTestData.Incident("plain", Q0.AddMinutes(2), title: "elan queue"));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Search = search }, Ct);

        Assert.Equal([expectedId], result.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("NEAR(")]
    [InlineData("\"quoted\" AND")]
    [InlineData("-minus * star")]
    [InlineData("title:col")]
    [InlineData("^caret {b}")]
    [InlineData("'apos' OR")]
    [InlineData("(a b)")]
    public async Task QueryIncidentsAsync_SearchLooksLikeQuerySyntax_MatchesItLiterally(string search)
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("syntax", Q0, title: SyntaxTitle),
            StoreTestData.Incident("plain", Q0.AddMinutes(1), title: "nothing here", component: "web"));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Search = search }, Ct);

        Assert.Equal(["syntax"], result.Items.Select(i => i.Id));
        Assert.Equal(1, result.Total);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("\"*\" - ( ) :")]
    [InlineData("\0")]
    [InlineData("🔥 🌍")]
    [InlineData("\u0301")]
    public async Task QueryIncidentsAsync_SearchWithoutAnyWord_FindsNothingWithoutError(string search)
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("syntax", Q0, title: SyntaxTitle),
            StoreTestData.Incident("emoji", Q0.AddMinutes(1), title: "🔥 🌍 * - \" ( ) :"));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Search = search }, Ct);

        Assert.Empty(result.Items);
        Assert.Equal(0, result.Total);
    }

    [Theory]
    [InlineData("no\0such")]
    [InlineData("\"\"\"")]
    [InlineData("NEAR(\"a\" \"b\", 2)")]
    [InlineData("x* OR y*")]
    public async Task QueryIncidentsAsync_SearchSyntaxNotInAnyIncident_FindsNothingWithoutError(string search)
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(sut, StoreTestData.Incident("syntax", Q0, title: SyntaxTitle));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Search = search }, Ct);

        Assert.Empty(result.Items);
        Assert.Equal(0, result.Total);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    public async Task QueryIncidentsAsync_SearchBlank_MatchesEverything(string search)
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(sut, StoreTestData.Incident("a", Q0), StoreTestData.Incident("b", Q0.AddMinutes(1)));

        var result = await sut.QueryIncidentsAsync(new IncidentQuery { Search = search }, Ct);

        Assert.Equal(2, result.Total);
    }

    [Fact]
    public async Task QueryIncidentsAsync_SearchWithStatusAndPaging_PagesNewestFirstWithTotal()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("old", Q0, IncidentStatus.Resolved, title: "Disk full on db-1"),
            StoreTestData.Incident("mid", Q0.AddMinutes(1), IncidentStatus.Resolved, title: "disk FULL on db-2"),
            StoreTestData.Incident("open", Q0.AddMinutes(2), title: "Disk full on db-3"),
            StoreTestData.Incident("new", Q0.AddMinutes(3), IncidentStatus.Resolved, message: "the disk full again"),
            StoreTestData.Incident("miss", Q0.AddMinutes(4), IncidentStatus.Resolved, title: "Disk ok"));
        var query = new IncidentQuery { Status = IncidentStatus.Resolved, Search = "disk full", Skip = 1, Take = 1 };

        var page = await sut.QueryIncidentsAsync(query, Ct);
        var beyond = await sut.QueryIncidentsAsync(query with { Skip = 10 }, Ct);

        Assert.Equal(["mid"], page.Items.Select(i => i.Id));
        Assert.Equal(3, page.Total);
        Assert.Empty(beyond.Items);
        Assert.Equal(3, beyond.Total);
    }

    [Fact]
    public async Task QueryIncidentsAsync_SearchAfterTextChanges_FindsOnlyTheNewText()
    {
        var sut = await CreateSutAsync();
        var incident = StoreTestData.Incident("a", Q0, title: "Payment latency high");
        await sut.SaveIncidentAsync(incident, Ct);
        await sut.SaveIncidentAsync(incident with { Title = "Refund queue stuck", OccurrenceCount = 2 }, Ct);

        var before = await sut.QueryIncidentsAsync(new IncidentQuery { Search = "payment" }, Ct);
        var after = await sut.QueryIncidentsAsync(new IncidentQuery { Search = "refund" }, Ct);

        Assert.Equal(0, before.Total);
        Assert.Equal(["a"], after.Items.Select(i => i.Id));
    }
}
