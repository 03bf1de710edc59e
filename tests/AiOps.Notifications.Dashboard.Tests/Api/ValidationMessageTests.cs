using System.Net;
using System.Text.Json;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Api;

/// <summary>
/// Validation answers named .NET types (<c>System.Nullable`1[…IncidentLevel]</c>, <c>ReportIncidentRequest</c>,
/// the wrong <c>AlertmanagerAlert</c>), ended in <c>(Parameter '…')</c>, titled Grafana errors as Alertmanager's,
/// and numbers were accepted for enums although the API documents enums as strings.
/// </summary>
public sealed class ValidationMessageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/aiops/api/incidents", """{"title":"x","level":"Catastrophic"}""", "$.level",
        "'level' must be one of: Info, Warning, Error, Critical.")]
    [InlineData("/aiops/api/incidents", """{"title":"x","level":2}""", "$.level",
        "'level' must be one of: Info, Warning, Error, Critical.")]
    [InlineData("/aiops/api/incidents", """{"title":"x","level":"Info, Warning"}""", "$.level",
        "'level' must be one of: Info, Warning, Error, Critical.")]
    [InlineData("/aiops/api/notifications", """{"type":"t","title":"x","priority":1}""", "$.priority",
        "'priority' must be one of: Low, Medium, High, Critical.")]
    [InlineData("/aiops/api/incidents", "[]", "$", "The body must be a JSON object.")]
    [InlineData("/aiops/api/incidents", """{"title":"x","startedAt":"soon"}""", "$.startedAt",
        "'startedAt' must be an ISO 8601 time")]
    [InlineData("/aiops/api/incidents", """{"title":"x","labels":{"team":1}}""", "$.labels.team",
        "'labels.team' must be a string.")]
    [InlineData("/aiops/api/silences", """{"matchers":"a=b","endsAt":"2099-01-01T00:00:00Z"}""", "$.matchers",
        "'matchers' must be an array.")]
    [InlineData("/aiops/api/ingest/alertmanager", """{"alerts":[{"status":"firing","startsAt":"yesterday"}]}""",
        "$.alerts[0].startsAt", "'alerts[0].startsAt' must be an ISO 8601 time")]
    [InlineData("/aiops/api/ingest/generic", """{"source":"s","title":"x","startedAt":true}""", "$.startedAt",
        "'startedAt' must be an ISO 8601 time")]
    public async Task Post_ValueOfWrongType_NamesPathAndExpectation(
        string url, string body, string path, string expected)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync(url, body);

        var message = await SingleErrorAsync(response, path);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Request", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/aiops/api/silences", """{"matchers":["a=\"b\""],"endsAt":"2020-01-01T00:00:00Z"}""", "endsAt")]
    [InlineData("/aiops/api/notifications", """{"type":"t","title":"x","channels":["nope"]}""", "channels")]
    public async Task Post_RefusedByTheEngine_MessageHasNoParameterSuffix(string url, string body, string field)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync(url, body);

        var message = await SingleErrorAsync(response, field);
        Assert.DoesNotContain("(Parameter", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alertmanager", "The Alertmanager payload is not valid")]
    [InlineData("grafana", "The Grafana payload is not valid")]
    public async Task Post_InvalidPayload_TitleNamesTheSender(string source, string title)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var malformed = await sut.Client.PostJsonAsync("/aiops/api/ingest/" + source, "[1");
        var invalid = await sut.Client.PostJsonAsync("/aiops/api/ingest/" + source, "{}");

        var malformedProblem = await HttpAssert.ProblemAsync(malformed, HttpStatusCode.BadRequest);
        var invalidProblem = await HttpAssert.ProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.Equal(title, malformedProblem.GetProperty("title").GetString());
        Assert.Equal(title, invalidProblem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/aiops/api/incidents", """{"title":"a","title":"b"}""", "$.title", "title")]
    [InlineData("/aiops/api/incidents", """{"title":"x","labels":{"team":"a","team":"b"}}""", "$.labels.team",
        "labels.team")]
    [InlineData("/aiops/api/incidents/inc_x/feedback", """{"helpful":true,"helpful":false}""", "$.helpful",
        "helpful")]
    [InlineData("/aiops/api/ingest/generic", """{"source":"s","title":"a","title":"b"}""", "$.title", "title")]
    [InlineData("/aiops/api/ingest/alertmanager", """{"version":"4","status":"firing","status":"resolved"}""",
        "$.status", "status")]
    [InlineData("/aiops/api/ingest/grafana", """{"alerts":[{"status":"firing","labels":{"a":"1","a":"2"}}]}""",
        "$.alerts[0].labels.a", "alerts[0].labels.a")]
    public async Task Post_DuplicateProperty_Returns400NamingIt(string url, string body, string path, string name)
    {
        await using var sut = await DashboardTestHost.StartAsync();

        var response = await sut.Client.PostJsonAsync(url, body);

        var message = await SingleErrorAsync(response, path);
        Assert.StartsWith($"'{name}' appears more than once.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.Equal(0, (await sut.Store.QueryIncidentsAsync(new(), Ct)).Total);
    }

    private static async Task<string> SingleErrorAsync(HttpResponseMessage response, string key)
    {
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(key, out var messages), errors.ToString());
        Assert.Equal(JsonValueKind.Array, messages.ValueKind);
        return Assert.Single(messages.EnumerateArray()).GetString()!;
    }
}
