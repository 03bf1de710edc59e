using AiOps.Notifications.Templates;
using System.Text;
using System.Text.Json.Nodes;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Teams.Internal;
using AiOps.Notifications.Teams.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Teams.Tests;

public sealed class TeamsTemplateTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private TeamsReceiver _receiver = null!;

    public static TheoryData<string> Types => [.. NotificationTypes.BuiltIn];

    public static TheoryData<string> HostileTexts =>
    [
        "<at>everyone</at> [click](https://evil.example) **bold** _x_",
        "Tom & Jerry <b>bold</b> \"quoted\" \\ backslash {{DATE(2020-01-01T00:00:00Z)}}",
        "control \u0001\u0007\u001b[31m chars\r\n",
        "emoji 🔥🚨 accents éàü ß 中文",
        StackTrace(),
    ];

    public async ValueTask InitializeAsync() =>
        _receiver = await TeamsReceiver.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _receiver.DisposeAsync();

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Build_DefaultAdaptiveCard_MatchesGoldenFile(string type)
    {
        var parts = await Messages.Renderer.RenderAsync(
            TeamsChannel.ChannelKind, TemplateSampleData.Create(type, "ops-team"), TestContext.Current.CancellationToken);

        var body = TeamsPayloadBuilder.Build(parts[TeamsChannel.CardPart], new TeamsChannelOptions());

        Assert.False(body.Shortened);
        Assert.Null(TeamsContract.ValidateWorkflow(body.Json!, new Version(1, 4)));
        GoldenFile.AssertJson("teams.card." + type, body.Json!);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Build_DefaultMessageCard_MatchesGoldenFile(string type)
    {
        var parts = await Messages.Renderer.RenderAsync(
            TeamsChannel.ChannelKind, TemplateSampleData.Create(type, "ops-team"), TestContext.Current.CancellationToken);

        var body = TeamsPayloadBuilder.Build(
            parts[TeamsChannel.MessageCardPart], new TeamsChannelOptions { Format = TeamsMessageFormat.MessageCard });

        Assert.False(body.Shortened);
        GoldenFile.AssertJson("teams.messagecard." + type, body.Json!);
    }

    [Fact]
    public async Task CheckAsync_DefaultTemplates_NoProblems()
    {
        var problems = await TeamsTemplateCheck.CheckAsync(Messages.Renderer, TestContext.Current.CancellationToken);

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task SendAsync_HostileText_AcceptedUnderCapWithoutLinks(string hostile)
    {
        var sut = new TeamsChannel(
            "teams", Http, new TeamsChannelOptions { WebhookUrl = _receiver.Workflow("ok") }, new FakeTimeProvider(),
            NullLogger.Instance);
        var message = await Messages.RenderAsync(HostileModel(hostile));

        var result = await sut.SendAsync(message, TestContext.Current.CancellationToken);

        Assert.True(result.Outcome == AttemptOutcome.Accepted, result.Detail);
        var body = Assert.Single(_receiver.Requests).Body;
        Assert.True(Encoding.UTF8.GetByteCount(body) <= 24 * 1024);
        Assert.DoesNotContain("[click](", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{DATE", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", JsonNode.Parse(body)!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_HugeStackTrace_ShortensLongestTextWithMarker()
    {
        var parts = await Messages.Renderer.RenderAsync(
            TeamsChannel.ChannelKind, HostileModel(StackTrace()), TestContext.Current.CancellationToken);

        var body = TeamsPayloadBuilder.Build(parts[TeamsChannel.CardPart], new TeamsChannelOptions());

        Assert.True(body.Shortened);
        Assert.InRange(Encoding.UTF8.GetByteCount(body.Json!), 20 * 1024, 24 * 1024);
        Assert.Contains(TeamsBodyShrinker.Marker, body.Json, StringComparison.Ordinal);
        Assert.Contains("Roll back", body.Json, StringComparison.Ordinal);
    }

    private static Templates.TemplateModel HostileModel(string hostile)
    {
        var model = TemplateSampleData.Create(NotificationTypes.IncidentDiagnosed, "ops-team");
        var incident = model.Incident! with
        {
            Title = hostile.Length > 500 ? "Stack trace" : hostile,
            Message = hostile,
            Component = hostile.Length > 500 ? "api" : hostile,
            Diagnosis = model.Incident!.Diagnosis! with { ProbableCause = hostile.Length > 500 ? "cause" : hostile },
        };
        return model with { Incident = incident, Notification = model.Notification with { Title = incident.Title } };
    }

    private static string StackTrace() =>
        "System.InvalidOperationException: boom\n" + string.Concat(Enumerable.Range(0, 700)
            .Select(i => $"   at Service.Handler_{i}.RunAsync(Request<T> r) in /src/Handler{i}.cs:line {i}\n"));
}
