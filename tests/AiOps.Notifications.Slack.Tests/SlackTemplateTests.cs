using AiOps.Notifications.Slack.Internal;
using AiOps.Notifications.Slack.Tests.Infrastructure;
using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Slack.Tests;

public sealed class SlackTemplateTests
{
    public static TheoryData<string> Types => [.. NotificationTypes.BuiltIn];

    [Theory]
    [MemberData(nameof(Types))]
    public async Task RenderAsync_DefaultTemplate_MatchesGoldenFile(string type)
    {
        var model = TemplateSampleData.Create(type, "C0123456789");

        var parts = await Messages.Renderer.RenderAsync(SlackChannel.ChannelKind, model, TestContext.Current.CancellationToken);

        var shaped = SlackPayloadShaper.Shape(parts["payload"], SlackLimits.TopLevelText, SlackLimits.BlocksText);
        Assert.False(shaped.Shortened);
        Assert.Null(SlackContract.Validate(shaped.Json!));
        GoldenFile.AssertJson("slack." + type, shaped.Json!);
    }

    [Fact]
    public async Task RenderAsync_NoIncidentAndNoDashboard_ValidMessageWithoutButton()
    {
        var sample = TemplateSampleData.Create(NotificationTypes.Test, "C0123456789");
        var model = sample with { Incident = null, IncidentUrl = null };

        var parts = await Messages.Renderer.RenderAsync(SlackChannel.ChannelKind, model, TestContext.Current.CancellationToken);

        var shaped = SlackPayloadShaper.Shape(parts["payload"], SlackLimits.TopLevelText, SlackLimits.BlocksText);
        Assert.Null(SlackContract.Validate(shaped.Json!));
        Assert.DoesNotContain("\"actions\"", shaped.Json!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_DefaultTemplates_NoProblems()
    {
        var problems = await SlackTemplateCheck.CheckAsync(Messages.Renderer, TestContext.Current.CancellationToken);

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("""{"text": "{{ incident.title }}" """, "valid JSON")]
    [InlineData("""{"text": "x", "blocks": {}}""", "'blocks' array")]
    [InlineData("""{"text": "x", "blocks": [{"type": "context", "elements": [1,2,3,4,5,6,7,8,9,10,11]}]}""", "limits")]
    public void Check_BrokenTemplateOutput_NamesTheProblem(string rendered, string expected)
    {
        var parts = new Dictionary<string, string> { ["payload"] = rendered };

        var problem = SlackTemplateCheck.Check(parts);

        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void All_DefaultTemplates_UseJsonEncoderAndCoverTheRequiredTypes()
    {
        var templates = SlackDefaultTemplates.All().ToList();

        Assert.All(templates, t => Assert.Same(TemplateEncoders.Json, t.Encoder));
        Assert.Equal(
            ["*", "incident.detected", "incident.diagnosed", "incident.escalated", "incident.resolved", "report.digest"],
            templates.Select(t => t.NotificationType).Order(StringComparer.Ordinal));
    }
}
