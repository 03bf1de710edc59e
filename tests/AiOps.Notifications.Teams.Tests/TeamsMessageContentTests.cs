using System.Text.Json.Nodes;
using AiOps.Notifications.Teams.Internal;
using AiOps.Notifications.Teams.Tests.Infrastructure;
using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Teams.Tests;

public sealed class TeamsMessageContentTests
{
    private const string Hostile =
        "<!channel> <script>x</script> *bold* [x](javascript:alert(1)) {{DATE(2020-01-01T00:00:00Z)}}";

    public static TheoryData<string, TeamsMessageFormat> IncidentTypesInBothFormats => new()
    {
        { NotificationTypes.IncidentDetected, TeamsMessageFormat.AdaptiveCard },
        { NotificationTypes.IncidentDiagnosed, TeamsMessageFormat.AdaptiveCard },
        { NotificationTypes.IncidentEscalated, TeamsMessageFormat.AdaptiveCard },
        { NotificationTypes.IncidentResolved, TeamsMessageFormat.AdaptiveCard },
        { NotificationTypes.IncidentDetected, TeamsMessageFormat.MessageCard },
        { NotificationTypes.IncidentDiagnosed, TeamsMessageFormat.MessageCard },
        { NotificationTypes.IncidentEscalated, TeamsMessageFormat.MessageCard },
        { NotificationTypes.IncidentResolved, TeamsMessageFormat.MessageCard },
    };

    [Fact]
    public async Task Build_EscalatedAdaptiveCard_ShowsStepReasonAndNotifiedBefore()
    {
        var model = TemplateSampleData.Create(NotificationTypes.IncidentEscalated, "ops-team");

        var texts = await RenderTextsAsync(model, TeamsMessageFormat.AdaptiveCard);

        Assert.Contains("**Escalation step 2 of 4** (policy payments)", texts);
        Assert.Contains("**Reason:** Not acknowledged within 15 min.", texts);
        Assert.Contains("**Notified before:** slack:C0123456789, email:oncall@example.com", texts);
    }

    [Fact]
    public async Task Build_EscalatedMessageCard_ShowsStepReasonAndNotifiedBefore()
    {
        var model = TemplateSampleData.Create(NotificationTypes.IncidentEscalated, "ops-team");

        var texts = await RenderTextsAsync(model, TeamsMessageFormat.MessageCard);

        Assert.Contains("Escalation step 2 of 4 (policy payments)", texts);
        Assert.Contains(
            "**Reason:** Not acknowledged within 15 min.\n\n"
            + "**Notified before:** slack:C0123456789, email:oncall@example.com",
            texts);
    }

    [Theory]
    [MemberData(nameof(IncidentTypesInBothFormats))]
    public async Task Build_IncidentSeenThreeTimes_ShowsCountAndLastSeen(string type, TeamsMessageFormat format)
    {
        var model = TemplateSampleData.Create(type, "ops-team");

        var texts = await RenderTextsAsync(model, format);

        Assert.Contains("Seen 3 times, last at 2026-12-03 08:23 UTC", texts);
    }

    [Theory]
    [MemberData(nameof(IncidentTypesInBothFormats))]
    public async Task Build_IncidentSeenOnce_OmitsCount(string type, TeamsMessageFormat format)
    {
        var model = TemplateSampleData.Create(type, "ops-team");
        model = model with { Incident = model.Incident! with { OccurrenceCount = 1 } };

        var texts = await RenderTextsAsync(model, format);

        Assert.DoesNotContain(texts, text => text.Contains("Seen ", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(TeamsMessageFormat.AdaptiveCard)]
    [InlineData(TeamsMessageFormat.MessageCard)]
    public async Task Build_HostileEscalationData_LinksAndFormattingEscaped(TeamsMessageFormat format)
    {
        var model = TemplateSampleData.Create(NotificationTypes.IncidentEscalated, "ops-team");
        var data = new Dictionary<string, string>(model.Notification.Data)
        {
            ["reason"] = Hostile,
            ["notified_before"] = "teams:[y](javascript:alert(2)), email:" + Hostile,
        };
        model = model with { Notification = model.Notification with { Data = data } };

        var texts = await RenderTextsAsync(model, format);

        var reason = Assert.Single(texts, text => text.Contains("**Reason:**", StringComparison.Ordinal));
        Assert.Contains(@"\*bold\* \[x\](javascript:alert(1))", reason, StringComparison.Ordinal);
        Assert.Contains(texts, text => text.Contains(@"teams:\[y\](javascript:alert(2))", StringComparison.Ordinal));
        Assert.All(texts, text =>
        {
            Assert.DoesNotContain("[x](", text, StringComparison.Ordinal);
            Assert.DoesNotContain("[y](", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" *bold*", text, StringComparison.Ordinal);
            Assert.DoesNotContain("{{DATE", text, StringComparison.Ordinal);
        });
    }

    /// <summary>Every text, title and fact value of the built body.</summary>
    private static async Task<List<string>> RenderTextsAsync(TemplateModel model, TeamsMessageFormat format)
    {
        var parts = await Messages.Renderer.RenderAsync(
            TeamsChannel.ChannelKind, model, TestContext.Current.CancellationToken);
        var part = format == TeamsMessageFormat.AdaptiveCard ? TeamsChannel.CardPart : TeamsChannel.MessageCardPart;
        var body = TeamsPayloadBuilder.Build(parts[part], new TeamsChannelOptions { Format = format });
        Assert.False(body.Shortened);
        Assert.Null(body.Error);

        string[] names = ["text", "title", "value", "activityTitle", "summary"];
        return [.. Descendants(JsonNode.Parse(body.Json!))
            .OfType<JsonObject>()
            .SelectMany(node => names.Select(name => node[name]))
            .OfType<JsonValue>()
            .Where(value => value.TryGetValue<string>(out _))
            .Select(value => value.GetValue<string>())];
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Descendants).Prepend(o),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };
}
