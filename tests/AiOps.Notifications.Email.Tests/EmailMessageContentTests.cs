using AiOps.Notifications.Email.Tests.Infrastructure;
using AiOps.Notifications.Templates;

namespace AiOps.Notifications.Email.Tests;

public sealed class EmailMessageContentTests
{
    private const string Hostile = "<script>alert(1)</script> <!channel> *bold* [x](javascript:alert(1))";

    [Fact]
    public async Task RenderAsync_IncidentEscalated_MatchesGoldenFiles()
    {
        var model = TemplateSampleData.Create(NotificationTypes.IncidentEscalated, "ops@example.test");

        var parts = await EmailHost.RenderAsync(model);

        Golden.AssertMatches("incident.escalated.subject.txt", parts["subject"]);
        Golden.AssertMatches("incident.escalated.text.txt", parts["text"]);
        Golden.AssertMatches("incident.escalated.html", parts["html"]);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    public async Task RenderAsync_IncidentEscalated_ShowsStepReasonAndNotifiedBefore(string part)
    {
        var model = TemplateSampleData.Create(NotificationTypes.IncidentEscalated, "ops@example.test");

        var parts = await EmailHost.RenderAsync(model);

        Assert.Contains("Escalation step 2 of 4", parts[part], StringComparison.Ordinal);
        Assert.Contains("Not acknowledged within 15 min.", parts[part], StringComparison.Ordinal);
        Assert.Contains("Notified before:", parts[part], StringComparison.Ordinal);
        Assert.Contains("slack:C0123456789, email:oncall@example.com", parts[part], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    public async Task RenderAsync_DetectedSeenThreeTimes_ShowsCountAndLastSeen(string part)
    {
        var model = SampleModels.Detected();

        var parts = await EmailHost.RenderAsync(model);

        Assert.Contains("Seen 3 times, last at 2026-12-03 08:23:30 +0000", parts[part], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    public async Task RenderAsync_DetectedSeenOnce_OmitsCount(string part)
    {
        var model = SampleModels.Detected();
        model = model with { Incident = model.Incident! with { OccurrenceCount = 1 } };

        var parts = await EmailHost.RenderAsync(model);

        Assert.DoesNotContain("Seen ", parts[part], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_HostileEscalationData_IsHtmlEscaped()
    {
        var model = HostileEscalation();

        var parts = await EmailHost.RenderAsync(model);

        Assert.DoesNotContain("<script>", parts["html"], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", parts["html"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains(
            "Reason:</span> &lt;script&gt;alert(1)&lt;/script&gt;", parts["html"], StringComparison.Ordinal);
        Assert.Contains("email:&lt;img src=x onerror=alert(1)&gt;", parts["html"], StringComparison.Ordinal);
        Assert.Contains("Reason:          " + Hostile, parts["text"], StringComparison.Ordinal);
    }

    private static TemplateModel HostileEscalation()
    {
        var model = TemplateSampleData.Create(NotificationTypes.IncidentEscalated, "ops@example.test");
        var data = new Dictionary<string, string>(model.Notification.Data)
        {
            ["reason"] = Hostile,
            ["notified_before"] = "slack:" + Hostile + ", email:<img src=x onerror=alert(1)>",
        };
        return model with { Notification = model.Notification with { Data = data } };
    }
}
