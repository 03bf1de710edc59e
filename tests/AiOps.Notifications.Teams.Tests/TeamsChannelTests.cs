using AiOps.Notifications.Templates;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Teams.Internal;
using AiOps.Notifications.Teams.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Teams.Tests;

public sealed class TeamsChannelTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private readonly FakeLogger<TeamsChannel> _logger = new();
    private TeamsReceiver _receiver = null!;

    public async ValueTask InitializeAsync() =>
        _receiver = await TeamsReceiver.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _receiver.DisposeAsync();

    [Fact]
    public async Task SendAsync_WorkflowAnswers202_Accepted()
    {
        var sut = CreateSut(_receiver.Workflow("ok"));
        var message = await Messages.RenderAsync(TemplateSampleData.Create(NotificationTypes.IncidentDetected, "ops-team"));

        var result = await sut.SendAsync(message, TestContext.Current.CancellationToken);

        Assert.True(result.Outcome == AttemptOutcome.Accepted, result.Detail);
        Assert.Equal(202, result.StatusCode);
        Assert.Single(_receiver.Requests);
    }

    [Fact]
    public async Task SendAsync_CardVersion15_RejectedByWorkflowAsPermanent()
    {
        var sut = CreateSut(_receiver.Workflow("ok"), o => o.CardVersion = "1.5");
        var message = await Messages.RenderAsync(TemplateSampleData.Create(NotificationTypes.IncidentDetected, "ops-team"));

        var result = await sut.SendAsync(message, TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("InvalidBotAdaptiveCard", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("limited", 429)]
    [InlineData("broken", 502)]
    public async Task SendAsync_WorkflowThrottledOrDown_Transient(string behaviour, int status)
    {
        var sut = CreateSut(_receiver.Workflow(behaviour));

        var result = await sut.SendAsync(Messages.WithCard("""{"body":[]}"""), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(status == 429 ? TimeSpan.FromSeconds(2) : null, result.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_WorkflowGone_Permanent()
    {
        var sut = CreateSut(_receiver.Workflow("gone"));

        var result = await sut.SendAsync(Messages.WithCard("""{"body":[]}"""), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(404, result.StatusCode);
    }

    [Fact]
    public async Task SendAsync_LegacyConnectorAnswers1_Accepted()
    {
        var sut = CreateSut(_receiver.Legacy("ok"), o => o.Format = TeamsMessageFormat.MessageCard);
        var message = await Messages.RenderAsync(TemplateSampleData.Create(NotificationTypes.IncidentDiagnosed, "ops-team"));

        var result = await sut.SendAsync(message, TestContext.Current.CancellationToken);

        Assert.True(result.Outcome == AttemptOutcome.Accepted, result.Detail);
        Assert.Equal("1", result.Detail);
    }

    [Theory]
    [InlineData("limited", AttemptOutcome.TransientFailure, 429)]
    [InlineData("toolarge", AttemptOutcome.PermanentFailure, 413)]
    public async Task SendAsync_LegacyErrorInside200Body_ClassifiedByEmbeddedStatus(
        string behaviour, AttemptOutcome expected, int status)
    {
        var sut = CreateSut(_receiver.Legacy(behaviour), o => o.Format = TeamsMessageFormat.MessageCard);

        var result = await sut.SendAsync(Messages.WithCard("""{"text":"hi"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(status, result.StatusCode);
    }

    [Fact]
    public async Task SendAsync_TemplateRendersInvalidJson_PermanentWithoutPosting()
    {
        var sut = CreateSut(_receiver.Workflow("ok"));

        var result = await sut.SendAsync(Messages.WithCard("""{"body": ["""), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.PermanentFailure, result.Outcome);
        Assert.Empty(_receiver.Requests);
    }

    [Fact]
    public void Constructor_LegacyOfficeUrl_WarnsWithoutShowingTheUrl()
    {
        var url = new Uri("https://contoso.webhook.office.com/webhookb2/abc@def/IncomingWebhook/123/secretpart");

        _ = CreateSut(url);

        var warning = Assert.Single(_logger.Collector.GetSnapshot(), l => l.Id.Id == 6004);
        Assert.DoesNotContain("secretpart", warning.Message, StringComparison.Ordinal);
        Assert.All(_logger.Collector.GetSnapshot(), l => Assert.DoesNotContain("webhookb2", l.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task SendAsync_AnswerEchoesWorkflowUrl_DetailAndLogsHideTheSignature(int status)
    {
        const string signature = "Kq3vZ8xW1-pLmN0aTb7YcD2eF5gH4iJ6kR9sU_oVw3E";
        var sut = CreateSut(_receiver.Echo(status, "workflows/0a1b2c3d4e5f/triggers/manual/paths/invoke"
            + "?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + signature));

        var result = await sut.SendAsync(Messages.WithCard("""{"type":"AdaptiveCard"}"""), TestContext.Current.CancellationToken);

        var logs = string.Join('\n', _logger.Collector.GetSnapshot().Select(l => l.Message));
        Assert.False(result.Succeeded);
        Assert.Contains("No workflow at", result.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(signature, result.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("0a1b2c3d4e5f", result.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(signature, logs, StringComparison.OrdinalIgnoreCase);
    }

    private TeamsChannel CreateSut(Uri url, Action<TeamsChannelOptions>? configure = null)
    {
        var options = new TeamsChannelOptions { WebhookUrl = url };
        configure?.Invoke(options);
        return new TeamsChannel("teams", Http, options, new FakeTimeProvider(), _logger);
    }
}
