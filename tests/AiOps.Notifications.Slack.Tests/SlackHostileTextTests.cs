using AiOps.Notifications.Templates;
using System.Text.Json.Nodes;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Slack.Internal;
using AiOps.Notifications.Slack.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Slack.Tests;

public sealed class SlackHostileTextTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private SlackReceiver _receiver = null!;

    public static TheoryData<string> HostileTexts =>
    [
        "<!channel> wake up",
        "ping <@U123> and <!here>",
        "<https://evil.example|click here>",
        "Tom & Jerry <b>bold</b> \"quoted\" \\ backslash",
        "control \u0001\u0007\u001b[31m chars\r\n",
        "emoji 🔥🚨 accents éàü ß 中文 and a ``` fence",
        StackTrace(),
    ];

    public async ValueTask InitializeAsync() =>
        _receiver = await SlackReceiver.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _receiver.DisposeAsync();

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task SendAsync_HostileTextEverywhere_AcceptedAndMentionsNeutralised(string hostile)
    {
        var sut = CreateSut();
        var message = await Messages.RenderAsync(HostileModel(hostile));

        var result = await sut.SendAsync(message, TestContext.Current.CancellationToken);

        Assert.True(result.Outcome == AttemptOutcome.Delivered, result.Detail);
        var body = Assert.Single(_receiver.Requests).Body;
        Assert.DoesNotContain("\u0007", body, StringComparison.Ordinal);
        Assert.All(MrkdwnTexts(body), text =>
        {
            Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<!here>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<@U123>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<https://evil", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task SendAsync_HugeStackTrace_ShortenedWithMarker()
    {
        var sut = CreateSut();
        var message = await Messages.RenderAsync(HostileModel(StackTrace()));

        await sut.SendAsync(message, TestContext.Current.CancellationToken);

        var body = Assert.Single(_receiver.Requests).Body;
        Assert.Contains(SlackLimits.TruncationMarker, body, StringComparison.Ordinal);
        Assert.True(body.Length < 20_000, $"body has {body.Length} characters");
    }

    private static Templates.TemplateModel HostileModel(string hostile)
    {
        var model = TemplateSampleData.Create(NotificationTypes.IncidentDiagnosed, "C0123456789");
        var incident = model.Incident! with
        {
            Title = hostile.Length > 500 ? "Stack trace" : hostile,
            Message = hostile,
            Component = hostile.Length > 500 ? "api" : hostile,
            Source = "code",
            Diagnosis = model.Incident!.Diagnosis! with { ProbableCause = hostile, SolutionSteps = [hostile, "restart"] },
        };
        return model with { Incident = incident, Notification = model.Notification with { Title = incident.Title } };
    }

    /// <summary>Every text Slack parses for mentions and links: the top-level text and the mrkdwn objects.</summary>
    private static List<string> MrkdwnTexts(string body)
    {
        var root = JsonNode.Parse(body)!;
        var texts = new List<string> { (string)root["text"]! };
        foreach (var node in root["blocks"]!.AsArray().SelectMany(Descendants))
        {
            if (node is JsonObject o && (string?)o["type"] == "mrkdwn")
            {
                texts.Add((string)o["text"]!);
            }
        }

        return texts;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Descendants).Prepend(o),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    private static string StackTrace() =>
        "System.InvalidOperationException: boom <!channel> & more\n" + string.Concat(Enumerable.Range(0, 700)
            .Select(i => $"   at Service.Handler{i}.RunAsync(Request<T> r) in /src/Handler{i}.cs:line {i}\n"));

    private SlackChannel CreateSut() => new(
        "slack",
        Http,
        new SlackChannelOptions { WebhookUrl = _receiver.Webhook("ok") },
        new FakeTimeProvider(),
        NullLogger.Instance);
}
