using System.Text.Json.Nodes;
using AiOps.Notifications.Slack.Internal;
using AiOps.Notifications.Slack.Tests.Infrastructure;
using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Slack.Tests;

public sealed class SlackMessageContentTests
{
    private const string Hostile = "<!channel> <script>x</script> *bold* [x](javascript:alert(1)) & <@U123>";

    public static TheoryData<string> IncidentTypes =>
    [
        NotificationTypes.IncidentDetected,
        NotificationTypes.IncidentDiagnosed,
        NotificationTypes.IncidentEscalated,
        NotificationTypes.IncidentResolved,
    ];

    [Fact]
    public async Task RenderAsync_IncidentEscalated_ShowsStepReasonAndNotifiedBefore()
    {
        var model = TemplateSampleData.Create(NotificationTypes.IncidentEscalated, "C0123456789");

        var texts = await RenderTextsAsync(model);

        Assert.Contains(
            "*Escalation step 2 of 4* (policy payments)\n*Reason:* Not acknowledged within 15 min.\n"
            + "*Notified before:* slack:C0123456789, email:oncall@example.com",
            texts);
        Assert.Contains(
            texts, text => text.StartsWith(":sos: Escalated [Critical] step 2 of 4:", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(IncidentTypes))]
    public async Task RenderAsync_IncidentSeenThreeTimes_ShowsCountAndLastSeen(string type)
    {
        var model = TemplateSampleData.Create(type, "C0123456789");

        var texts = await RenderTextsAsync(model);

        Assert.Contains(
            "Seen 3 times, last at <!date^1796286210^{date_short_pretty} {time}|2026-12-03 08:23 UTC>", texts);
    }

    [Theory]
    [MemberData(nameof(IncidentTypes))]
    public async Task RenderAsync_IncidentSeenOnce_OmitsCount(string type)
    {
        var model = TemplateSampleData.Create(type, "C0123456789");
        model = model with { Incident = model.Incident! with { OccurrenceCount = 1 } };

        var texts = await RenderTextsAsync(model);

        Assert.DoesNotContain(texts, text => text.Contains("Seen ", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RenderAsync_HostileEscalationData_MentionsAndMarkupEscaped()
    {
        var model = TemplateSampleData.Create(NotificationTypes.IncidentEscalated, "C0123456789");
        var data = new Dictionary<string, string>(model.Notification.Data)
        {
            ["reason"] = Hostile,
            ["notified_before"] = "slack:<!here>, email:" + Hostile,
        };
        model = model with { Notification = model.Notification with { Data = data } };

        var texts = await RenderTextsAsync(model);

        var escalation = Assert.Single(texts, text => text.StartsWith("*Escalation step", StringComparison.Ordinal));
        Assert.Contains(
            "*Reason:* &lt;!channel&gt; &lt;script&gt;x&lt;/script&gt; *bold* [x](javascript:alert(1)) "
            + "&amp; &lt;@U123&gt;",
            escalation,
            StringComparison.Ordinal);
        Assert.Contains(
            "*Notified before:* slack:&lt;!here&gt;, email:&lt;!channel&gt;", escalation, StringComparison.Ordinal);
        Assert.All(texts, text =>
        {
            Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<!here>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<@U123>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        });
    }

    /// <summary>The top-level text and every block text of the rendered, shaped message.</summary>
    private static async Task<List<string>> RenderTextsAsync(TemplateModel model)
    {
        var parts = await Messages.Renderer.RenderAsync(
            SlackChannel.ChannelKind, model, TestContext.Current.CancellationToken);
        var shaped = SlackPayloadShaper.Shape(
            parts[SlackChannel.PayloadPart], SlackLimits.TopLevelText, SlackLimits.BlocksText);
        Assert.False(shaped.Shortened);
        Assert.Null(SlackContract.Validate(shaped.Json!));

        return [.. Descendants(JsonNode.Parse(shaped.Json!))
            .OfType<JsonObject>()
            .Select(node => node["text"])
            .OfType<JsonValue>()
            .Select(text => (string)text!)];
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Descendants).Prepend(o),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };
}
