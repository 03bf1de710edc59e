using System.Net;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Dashboard.Tests.Api;

public sealed class IncidentCommandEndpointsTests
{
    private const string Report = """
        {"title":"Checkout answers 5xx","component":"checkout","level":"Critical","labels":{"team":"payments"}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Report_ValidBody_Returns201AndOpensIncident()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync("/aiops/api/incidents", Report);

        var incident = await HttpAssert.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal("Critical", incident.GetProperty("level").GetString());
        Assert.Equal("api", incident.GetProperty("source").GetString());
        var stored = await sut.Store.FindIncidentAsync(incident.GetProperty("id").GetString()!, Ct);
        Assert.Equal("payments", stored!.Labels["team"]);
    }

    [Theory]
    [InlineData(",\"priority\":\"Critical\"", "Critical")]
    [InlineData("", "High")]
    public async Task Report_ErrorLevel_AnswersAndKeepsTheIncidentsPriority(string priority, string expected)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync(
            "/aiops/api/incidents", $$"""{"title":"Payments down","level":"Error"{{priority}}}""");

        var incident = await HttpAssert.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal(expected, incident.GetProperty("priority").GetString());
        using var get = await sut.Client.GetAsync(response.Headers.Location, Ct);
        var details = await HttpAssert.JsonAsync(get, HttpStatusCode.OK);
        Assert.Equal(expected, details.GetProperty("incident").GetProperty("priority").GetString());
    }

    [Fact]
    public async Task Report_NewIncident_Returns201WithLocationOfTheIncident()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync("/aiops/api/incidents", Report);

        var id = (await HttpAssert.JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetString()!;
        Assert.Equal("/aiops/api/incidents/" + id, response.Headers.Location?.ToString());
        Assert.Equal(response.Headers.Location, response.Content.Headers.ContentLocation);
        using var get = await sut.Client.GetAsync(response.Headers.Location, Ct);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }

    [Fact]
    public async Task Report_FoldsIntoOpenIncident_Returns200WithContentLocationOfTheOpenIncident()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var first = await sut.Client.PostJsonAsync("/aiops/api/incidents", Report);
        var id = (await HttpAssert.JsonAsync(first, HttpStatusCode.Created)).GetProperty("id").GetString()!;

        var response = await sut.Client.PostJsonAsync("/aiops/api/incidents", Report);

        var incident = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(id, incident.GetProperty("id").GetString());
        Assert.Equal(2, incident.GetProperty("occurrenceCount").GetInt32());
        Assert.Equal("/aiops/api/incidents/" + id, response.Content.Headers.ContentLocation?.ToString());
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Report_MissingTitleAndUnknownLevel_Returns400NamingEachField()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var missing = await sut.Client.PostJsonAsync("/aiops/api/incidents", """{"message":"x"}""");
        var badLevel = await sut.Client.PostJsonAsync("/aiops/api/incidents", """{"title":"x","level":"Huge"}""");

        var problem = await HttpAssert.ProblemAsync(missing, HttpStatusCode.BadRequest);
        Assert.Equal("https://aiops.dev/problems/validation", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _));
        var levelProblem = await HttpAssert.ProblemAsync(badLevel, HttpStatusCode.BadRequest);
        Assert.True(levelProblem.GetProperty("errors").TryGetProperty("$.level", out _));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1999-12-31T23:59:59Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    public async Task Report_StartedAtOutsideWindow_Returns400NamingStartedAt(string startedAt)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync(
            "/aiops/api/incidents", $$"""{"title":"x","startedAt":"{{startedAt}}"}""");

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("startedAt", out _), errors.ToString());
        Assert.Empty((await sut.Store.QueryIncidentsAsync(new(), Ct)).Items);
    }

    [Fact]
    public async Task Report_NumericLevelOutOfRange_Returns400()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync("/aiops/api/incidents", """{"title":"x","level":42}""");

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.level", out _));
    }

    [Fact]
    public async Task Report_BodyAboveLimit_Returns413()
    {
        await using var sut = await DashboardTestHost.StartAsync(
            new() { ConfigureOptions = o => o.MaxApiBodyBytes = 100 });

        var response = await sut.Client.PostJsonAsync("/aiops/api/incidents", Report + new string(' ', 200));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Report_TextBody_Returns415()
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostAsync("/aiops/api/incidents", new StringContent("title"), Ct);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task AcknowledgeAndResolve_OpenIncident_ChangeStatusAndRecordWho()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();

        var acknowledged = await sut.Client.PostJsonAsync(
            $"/aiops/api/incidents/{incident.Id}/acknowledge", """{"by":"alice"}""");
        var resolved = await sut.Client.PostAsync($"/aiops/api/incidents/{incident.Id}/resolve", null, Ct);

        var ack = await HttpAssert.JsonAsync(acknowledged, HttpStatusCode.OK);
        Assert.Equal("alice", ack.GetProperty("acknowledgedBy").GetString());
        var done = await HttpAssert.JsonAsync(resolved, HttpStatusCode.OK);
        Assert.Equal("Resolved", done.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Acknowledge_Twice_KeepsTheFirstAcknowledgement()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();
        var first = await HttpAssert.JsonAsync(await sut.Client.PostJsonAsync(
            $"/aiops/api/incidents/{incident.Id}/acknowledge", """{"by":"alice"}"""), HttpStatusCode.OK);
        ((FakeTimeProvider)sut.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromMinutes(5));

        var second = await sut.Client.PostJsonAsync(
            $"/aiops/api/incidents/{incident.Id}/acknowledge", """{"by":"bob"}""");

        var again = await HttpAssert.JsonAsync(second, HttpStatusCode.OK);
        Assert.Equal("alice", again.GetProperty("acknowledgedBy").GetString());
        Assert.Equal(first.GetProperty("acknowledgedAt").GetString(), again.GetProperty("acknowledgedAt").GetString());
    }

    [Fact]
    public async Task Acknowledge_ResolvedIncident_Returns409AndChangesNothing()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();
        await sut.Incidents.ResolveAsync(incident.Id, "alice", Ct);

        var response = await sut.Client.PostAsync($"/aiops/api/incidents/{incident.Id}/acknowledge", null, Ct);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("https://aiops.dev/problems/conflict", problem.GetProperty("type").GetString());
        Assert.Null((await sut.Store.FindIncidentAsync(incident.Id, Ct))!.AcknowledgedAt);
    }

    [Theory]
    [InlineData("acknowledge")]
    [InlineData("resolve")]
    public async Task Change_UnknownIncident_Returns404(string action)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostAsync($"/aiops/api/incidents/inc_missing/{action}", null, Ct);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("https://aiops.dev/problems/not-found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Diagnosis_ThenFeedback_AttachesAndRecords()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();

        var diagnosed = await sut.Client.PostJsonAsync($"/aiops/api/incidents/{incident.Id}/diagnosis",
            """{"probableCause":"Pool exhausted","solutionSteps":["Roll back"],"confidence":0.8,"agentName":"bot"}""");
        var feedback = await sut.Client.PostJsonAsync(
            $"/aiops/api/incidents/{incident.Id}/feedback", """{"helpful":true,"by":"alice"}""");

        var body = await HttpAssert.JsonAsync(diagnosed, HttpStatusCode.OK);
        Assert.Equal("Pool exhausted", body.GetProperty("diagnosis").GetProperty("probableCause").GetString());
        var given = await HttpAssert.JsonAsync(feedback, HttpStatusCode.Created);
        Assert.Equal("bot", given.GetProperty("agentName").GetString());
        Assert.Single(await sut.Store.GetFeedbackForIncidentAsync(incident.Id, Ct));
    }

    [Fact]
    public async Task Diagnosis_ConfidenceAboveOneAndNoAgent_Returns400NamingBoth()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();

        var response = await sut.Client.PostJsonAsync(
            $"/aiops/api/incidents/{incident.Id}/diagnosis", """{"probableCause":"x","confidence":1.5}""");

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("confidence", out _));
        Assert.True(errors.TryGetProperty("agentName", out _));
    }

    [Fact]
    public async Task Feedback_NoDiagnosis_Returns409Conflict()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();

        var response = await sut.Client.PostJsonAsync(
            $"/aiops/api/incidents/{incident.Id}/feedback", """{"helpful":false}""");

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("https://aiops.dev/problems/conflict", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Feedback_MissingHelpful_Returns400()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var incident = await sut.IngestSampleAsync();

        var response = await sut.Client.PostJsonAsync($"/aiops/api/incidents/{incident.Id}/feedback", "{}");

        var errors = (await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("helpful", out _));
    }

    [Fact]
    public async Task Report_QueueFull_Returns503WithRetryAfter()
    {
        await using var sut = await DashboardTestHost.StartAsync(new()
        {
            ConfigureServices = s => s.AddSingleton<IIncidentManager, OverloadedIncidentManager>(),
        });

        var response = await sut.Client.PostJsonAsync("/aiops/api/incidents", Report);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
