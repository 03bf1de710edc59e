using AiOps.Notifications.Escalation;

namespace AiOps.Notifications.Storage.Conformance;

/// <content>Silences and escalation timers.</content>
public abstract partial class NotificationStoreConformanceTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetSilencesAsync_EndingAfter_ListsOnlyThoseStillRunningNewestFirst()
    {
        var sut = await CreateSutAsync();
        await sut.SaveSilenceAsync(Silence("sil_old", Noon.AddHours(-2), Noon.AddHours(-1)), Ct);
        await sut.SaveSilenceAsync(Silence("sil_new", Noon.AddHours(-1), Noon.AddHours(1)), Ct);

        var running = await sut.GetSilencesAsync(Noon, Ct);
        var all = await sut.GetSilencesAsync(null, Ct);

        Assert.Equal("sil_new", Assert.Single(running).Id);
        Assert.Equal(["sil_new", "sil_old"], all.Select(s => s.Id));
        Assert.Equal(["service=\"checkout\"", "env=~\"prod|stage\""], running[0].Matchers);
        Assert.Equal("Ünïcode ✓", running[0].Comment);
    }

    [Fact]
    public async Task SaveEscalationAsync_ThenDueAndDelete_RoundTripsAndOrdersByDueTime()
    {
        var sut = await CreateSutAsync();
        var later = Escalation("inc_b", Noon.AddMinutes(10));
        var sooner = Escalation("inc_a", Noon.AddMinutes(5)) with { Reason = "failed", Notified = ["email", "slack:C1"] };
        await sut.SaveEscalationAsync(later, Ct);
        await sut.SaveEscalationAsync(sooner, Ct);

        var due = await sut.GetDueEscalationsAsync(Noon.AddMinutes(10), 10, Ct);
        await sut.DeleteEscalationAsync("inc_a", Ct);

        Assert.Equal(["inc_a", "inc_b"], due.Select(e => e.IncidentId));
        Assert.Equal(sooner.Notified, due[0].Notified);
        Assert.Equal("failed", due[0].Reason);
        Assert.Null(await sut.FindEscalationAsync("inc_a", Ct));
        Assert.Equal(later.DueAt, (await sut.FindEscalationAsync("inc_b", Ct))!.DueAt);
        Assert.Empty(await sut.GetDueEscalationsAsync(Noon.AddMinutes(9), 10, Ct));
    }

    [Fact]
    public async Task AddFeedbackAsync_ThenList_ReturnsOnlyThatIncidentsOldestFirst()
    {
        var sut = await CreateSutAsync();
        await sut.AddFeedbackAsync(Feedback("fbk_2", "inc_a", Noon.AddMinutes(2), helpful: false, "Wrong pool"), Ct);
        await sut.AddFeedbackAsync(Feedback("fbk_1", "inc_a", Noon.AddMinutes(1), helpful: true, null), Ct);
        await sut.AddFeedbackAsync(Feedback("fbk_3", "inc_b", Noon, helpful: true, null), Ct);

        var feedback = await sut.GetFeedbackForIncidentAsync("inc_a", Ct);

        Assert.Equal(["fbk_1", "fbk_2"], feedback.Select(f => f.Id));
        Assert.False(feedback[1].Helpful);
        Assert.Equal("Wrong pool", feedback[1].Comment);
        Assert.Equal("rules", feedback[1].AgentName);
    }

    private static DiagnosisFeedback Feedback(string id, string incidentId, DateTimeOffset at, bool helpful, string? comment) =>
        new() { Id = id, IncidentId = incidentId, AgentName = "rules", Helpful = helpful, Comment = comment, GivenAt = at, GivenBy = "ops" };

    private static Silence Silence(string id, DateTimeOffset startsAt, DateTimeOffset endsAt) => new()
    {
        Id = id,
        Matchers = ["service=\"checkout\"", "env=~\"prod|stage\""],
        StartsAt = startsAt,
        EndsAt = endsAt,
        CreatedBy = "ops",
        Comment = "Ünïcode ✓",
        CreatedAt = startsAt,
    };

    private static EscalationState Escalation(string incidentId, DateTimeOffset dueAt) => new()
    {
        IncidentId = incidentId,
        Policy = "payments",
        NextStep = 1,
        Round = 0,
        DueAt = dueAt,
    };
}
