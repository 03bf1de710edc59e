using AiOps.Notifications.Templates;
using AiOps.Notifications.Slack.Internal;
using AiOps.Notifications.Slack.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using System.Text.Json;

namespace AiOps.Notifications.Slack.Tests;

public sealed class SlackChannelWebApiTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private SlackReceiver _receiver = null!;

    public async ValueTask InitializeAsync() =>
        _receiver = await SlackReceiver.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _receiver.DisposeAsync();

    [Fact]
    public async Task SendAsync_ValidToken_PostsWithBearerToConfiguredChannel()
    {
        var sut = CreateSut();
        var message = await Messages.RenderAsync(TemplateSampleData.Create(NotificationTypes.IncidentDiagnosed, "C0123456789"));

        var result = await sut.SendAsync(message, TestContext.Current.CancellationToken);

        Assert.True(AttemptOutcome.Delivered == result.Outcome, result.Detail);
        var request = Assert.Single(_receiver.Requests);
        Assert.Equal("/api/chat.postMessage", request.Path);
        Assert.Equal("Bearer " + SlackReceiver.BotToken, request.Authorization);
        Assert.Equal("C0DEFAULT", JsonDocument.Parse(request.Body).RootElement.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task SendAsync_DeliveryHasRecipient_PostsToRecipientChannel()
    {
        var sut = CreateSut();

        var result = await sut.SendAsync(
            Messages.WithPayload("""{"text":"hi"}""", recipient: "C0OTHER"), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        var request = Assert.Single(_receiver.Requests);
        Assert.Equal("C0OTHER", JsonDocument.Parse(request.Body).RootElement.GetProperty("channel").GetString());
    }

    [Theory]
    [InlineData("xoxb-wrong-token-value", "C0DEFAULT", "not_authed")]
    [InlineData(SlackReceiver.BotToken, "C404", "channel_not_found")]
    public async Task SendAsync_OkFalseAnswer_PermanentWithSlackError(string token, string channel, string error)
    {
        var sut = CreateSut(token, channel);

        var result = await sut.SendAsync(Messages.WithPayload("""{"text":"hi"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(error, result.Detail);
    }

    [Fact]
    public async Task SendAsync_OkFalseRatelimited_Transient()
    {
        var sut = CreateSut(channel: "CBUSY");

        var result = await sut.SendAsync(Messages.WithPayload("""{"text":"hi"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
        Assert.Equal("ratelimited", result.Detail);
    }

    [Fact]
    public async Task SendAsync_OversizedPayload_ShortenedAndAccepted()
    {
        var sut = CreateSut();
        var payload = JsonSerializer.Serialize(new
        {
            text = new string('t', 9000),
            blocks = Enumerable.Range(0, 60).Select(i => new
            {
                type = "section",
                text = new { type = "mrkdwn", text = new string('x', 5000) },
            }),
        });

        var result = await sut.SendAsync(Messages.WithPayload(payload), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.Delivered, result.Outcome);
        Assert.Contains(SlackLimits.TruncationMarker, Assert.Single(_receiver.Requests).Body, StringComparison.Ordinal);
    }

    private SlackChannel CreateSut(string token = SlackReceiver.BotToken, string channel = "C0DEFAULT") => new(
        "slack",
        Http,
        new SlackChannelOptions { BotToken = token, Channel = channel, ApiBaseUrl = _receiver.ApiBaseUrl },
        new FakeTimeProvider(),
        NullLogger.Instance);
}
