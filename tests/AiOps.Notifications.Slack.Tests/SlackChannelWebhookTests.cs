using AiOps.Notifications.Templates;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Slack.Internal;
using AiOps.Notifications.Slack.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Slack.Tests;

public sealed class SlackChannelWebhookTests : IAsyncLifetime
{
    private const string HookSecret = "xq7Lw2HOOKSECRETb9Kd3Pz";
    private static readonly HttpClient Http = new();
    private readonly FakeLogger<SlackChannel> _logger = new();
    private SlackReceiver _receiver = null!;

    public async ValueTask InitializeAsync() =>
        _receiver = await SlackReceiver.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _receiver.DisposeAsync();

    [Fact]
    public async Task SendAsync_WebhookAnswersOk_Delivered()
    {
        var sut = CreateSut("ok");
        var message = await Messages.RenderAsync(TemplateSampleData.Create(NotificationTypes.IncidentDetected, "C0123456789"));

        var result = await sut.SendAsync(message, TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.Delivered, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        var request = Assert.Single(_receiver.Requests);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", 404, "channel_not_found")]
    [InlineData("archived", 410, "channel_is_archived")]
    public async Task SendAsync_WebhookAnswersClientError_PermanentWithSlackError(string hook, int status, string error)
    {
        var sut = CreateSut(hook);

        var result = await sut.SendAsync(Messages.WithPayload("""{"text":"hi"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(error, result.Detail);
    }

    [Fact]
    public async Task SendAsync_WebhookRateLimited_TransientWithRetryAfter()
    {
        var sut = CreateSut("limited");

        var result = await sut.SendAsync(Messages.WithPayload("""{"text":"hi"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
        Assert.Equal(429, result.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), result.RetryAfter);
        Assert.Equal("rate_limited", result.Detail);
    }

    [Fact]
    public async Task SendAsync_WebhookServerError_Transient()
    {
        var sut = CreateSut("broken");

        var result = await sut.SendAsync(Messages.WithPayload("""{"text":"hi"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
        Assert.Equal("rollup_error", result.Detail);
    }

    [Fact]
    public async Task SendAsync_TemplateRendersInvalidJson_PermanentWithoutPosting()
    {
        var sut = CreateSut("ok");

        var result = await sut.SendAsync(Messages.WithPayload("""{"text": "oops"""), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("valid JSON", result.Detail, StringComparison.Ordinal);
        Assert.Empty(_receiver.Requests);
    }

    [Fact]
    public async Task SendAsync_ReceiverUnreachable_Transient()
    {
        var options = new SlackChannelOptions { WebhookUrl = new Uri("http://127.0.0.1:1/services/x") };
        var sut = new SlackChannel("slack", Http, options, new FakeTimeProvider(), _logger);

        var result = await sut.SendAsync(Messages.WithPayload("""{"text":"hi"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
    }

    [Fact]
    public async Task SendAsync_AnyAnswer_LogsNeverShowTheWebhookUrl()
    {
        var sut = CreateSut("archived");

        await sut.SendAsync(Messages.WithPayload("""{"text":"hi"}"""), TestContext.Current.CancellationToken);

        var logs = _logger.Collector.GetSnapshot();
        Assert.NotEmpty(logs);
        Assert.All(logs, l => Assert.DoesNotContain("B0001/archived", l.Message, StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Message.Contains("****ived", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task SendAsync_WebhookAnswerEchoesUrl_DetailAndLogsHideTheSecret(int status)
    {
        var url = _receiver.Echo(status, "services/T0001/B0001/" + HookSecret);
        var sut = CreateSut(new SlackChannelOptions { WebhookUrl = url });

        var result = await sut.SendAsync(Messages.WithPayload("""{"text":"hi"}"""), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("No hook at", result.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(HookSecret, result.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(HookSecret, LogText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SendAsync_WebApiAnswerEchoesToken_DetailAndLogsHideTheToken()
    {
        var options = new SlackChannelOptions
        {
            BotToken = SlackReceiver.BotToken, Channel = "C0123456789", ApiBaseUrl = _receiver.Echo(500, "api/"),
        };
        var sut = CreateSut(options);

        var result = await sut.SendAsync(Messages.WithPayload("""{"text":"hi"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
        Assert.Contains("Bearer ***", result.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackReceiver.BotToken, result.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackReceiver.BotToken, LogText(), StringComparison.Ordinal);
    }

    private string LogText() => string.Join('\n', _logger.Collector.GetSnapshot().Select(r => r.Message));

    private SlackChannel CreateSut(SlackChannelOptions options) =>
        new("slack", Http, options, new FakeTimeProvider(), _logger);

    private SlackChannel CreateSut(string hook) =>
        CreateSut(new SlackChannelOptions { WebhookUrl = _receiver.Webhook(hook) });
}
