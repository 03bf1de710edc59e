using AiOps.Notifications.Email.Tests.Infrastructure;

namespace AiOps.Notifications.Email.Tests;

public sealed class EmailTemplateTests
{
    [Fact]
    public async Task RenderAsync_IncidentDetected_MatchesGoldenFiles()
    {
        var model = SampleModels.Detected();

        var parts = await EmailHost.RenderAsync(model);

        Golden.AssertMatches("incident.detected.subject.txt", parts["subject"]);
        Golden.AssertMatches("incident.detected.text.txt", parts["text"]);
        Golden.AssertMatches("incident.detected.html", parts["html"]);
    }

    [Fact]
    public async Task RenderAsync_ScriptInMessage_IsHtmlEscaped()
    {
        var model = SampleModels.Detected("<script>alert('x')</script> & \"quotes\"");

        var parts = await EmailHost.RenderAsync(model);

        Assert.DoesNotContain("<script>", parts["html"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", parts["html"], StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script>", parts["text"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("incident.resolved", "[AiOps] Resolved: ")]
    [InlineData("incident.diagnosed", "[AiOps] Diagnosed: ")]
    [InlineData("incident.escalated", "[AiOps] Escalated: ")]
    [InlineData("host.custom", "[AiOps] ")]
    public async Task RenderAsync_EachType_HasItsSubject(string type, string prefix)
    {
        var model = SampleModels.Detected();
        model = model with { Notification = model.Notification with { Type = type } };

        var parts = await EmailHost.RenderAsync(model);

        Assert.StartsWith(prefix + "Disk on db-01 is 93% full", parts["subject"], StringComparison.Ordinal);
        Assert.Contains("Disk on db-01 is 93% full", parts["html"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_ReportDigest_HasDigestSubjectAndTheFigures()
    {
        var model = AiOps.Notifications.Templates.TemplateSampleData.Create(NotificationTypes.ReportDigest, "ops@example.test");

        var parts = await EmailHost.RenderAsync(model);

        Assert.Equal("[AiOps] Digest daily: 42 incidents, 39 resolved", parts["subject"].Trim());
        Assert.Contains("Top recurring:", parts["text"], StringComparison.Ordinal);
        Assert.Contains("Checkout error rate above 5% (7×)", parts["html"], StringComparison.Ordinal);
    }
}
