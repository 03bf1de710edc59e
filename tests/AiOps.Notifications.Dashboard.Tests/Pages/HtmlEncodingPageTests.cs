using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Pages;

/// <summary>Text from alerts, agents and operators is shown as text on every page: a script in it never runs.</summary>
public sealed class HtmlEncodingPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("label-key")]
    [InlineData("label-value")]
    [InlineData("annotation-value")]
    [InlineData("cause")]
    [InlineData("step")]
    [InlineData("agent")]
    [InlineData("comment")]
    public async Task Incident_ScriptInField_IsHtmlEncoded(string field)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        var id = await ReportWithScriptsAsync(sut);

        var html = await sut.Client.GetStringAsync($"/aiops/incidents/{id}", Ct);

        AssertEncoded(html, field);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("agent")]
    public async Task Monitoring_ScriptInIncidentOrAgent_IsHtmlEncoded(string field)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await ReportWithScriptsAsync(sut);

        var html = await sut.Client.GetStringAsync("/aiops/monitoring", Ct);

        AssertEncoded(html, field);
    }

    [Fact]
    public async Task Monitoring_ScriptInIncidentTitle_StreamShowsItEncoded()
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await ReportWithScriptsAsync(sut);

        var html = await sut.Client.GetStringAsync("/aiops/monitoring", Ct);

        var stream = html[html.IndexOf("id=\"monitoring-stream\"", StringComparison.Ordinal)..];
        Assert.Contains(Encoded("title"), stream, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recipient")]
    [InlineData("error")]
    [InlineData("detail")]
    public async Task Notifications_ScriptInDelivery_IsHtmlEncoded(string field)
    {
        await using var sut = await DashboardTestHost.StartAsync();
        await AddDeliveryWithScriptsAsync(sut);

        var html = await sut.Client.GetStringAsync("/aiops/notifications", Ct);

        AssertEncoded(html, field);
    }

    private static string Script(string field) => $"<script>x_{field}()</script>";

    private static string Encoded(string field) => $"&lt;script&gt;x_{field}()&lt;/script&gt;";

    private static void AssertEncoded(string html, string field)
    {
        Assert.DoesNotContain(Script(field), html, StringComparison.Ordinal);
        Assert.Contains(Encoded(field), html, StringComparison.Ordinal);
    }

    private static async Task<string> ReportWithScriptsAsync(DashboardTestHost sut)
    {
        var incident = await sut.Incidents.ReportAsync(new IncidentReport
        {
            Title = Script("title"),
            Labels = new Dictionary<string, string> { [Script("label-key")] = Script("label-value") },
            Annotations = new Dictionary<string, string> { ["summary"] = Script("annotation-value") },
        }, Ct);
        await sut.Incidents.AttachDiagnosisAsync(incident.Id, new Diagnosis
        {
            ProbableCause = Script("cause"), AgentName = Script("agent"), SolutionSteps = [Script("step")],
        }, Ct);
        await sut.Incidents.GiveFeedbackAsync(incident.Id, true, Script("comment"), "ops", Ct);
        return incident.Id;
    }

    private static async Task AddDeliveryWithScriptsAsync(DashboardTestHost sut)
    {
        var now = DashboardTestHost.Now;
        var notification = new Notification { Id = "ntf-1", Type = NotificationTypes.Test, Title = "Test", CreatedAt = now };
        var delivery = new Delivery
        {
            Id = "dlv-1", NotificationId = notification.Id, Channel = CoreServices.ChannelName,
            Recipient = Script("recipient"), Status = DeliveryStatus.Failed, AttemptCount = 1, CreatedAt = now,
            CompletedAt = now, LastError = Script("error"),
        };
        await sut.Store.AddNotificationAsync(notification, [delivery], Ct);
        await sut.Store.AddAttemptAsync(new DeliveryAttempt
        {
            Id = "att-1", DeliveryId = delivery.Id, NotificationId = notification.Id, Channel = delivery.Channel,
            Recipient = Script("recipient"), Number = 1, StartedAt = now, Outcome = AttemptOutcome.PermanentFailure,
            Detail = Script("detail"),
        }, Ct);
    }
}
