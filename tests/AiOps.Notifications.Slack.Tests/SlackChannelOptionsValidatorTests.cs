using AiOps.Notifications.Slack.Internal;

namespace AiOps.Notifications.Slack.Tests;

public sealed class SlackChannelOptionsValidatorTests
{
    [Theory]
    [InlineData(null, null, null, "AiOps:Channels:slack:WebhookUrl or AiOps:Channels:slack:BotToken is required.")]
    [InlineData("https://hooks.slack.com/services/T/B/x", "xoxb-1", "C1", "AiOps:Channels:slack:WebhookUrl and")]
    [InlineData(null, "xoxb-1", null, "AiOps:Channels:slack:Channel is required")]
    public void Validate_BadSettings_NamesTheSetting(string? url, string? token, string? channel, string expected)
    {
        var sut = CreateSut();
        var options = new SlackChannelOptions
        {
            WebhookUrl = url is null ? null : new Uri(url), BotToken = token, Channel = channel,
        };

        var result = sut.Validate("slack", options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, null, ":GroupLimit must be at least 1, not 0.")]
    [InlineData(null, 0, ":Concurrency must be between 1 and 256, not 0.")]
    [InlineData(null, 257, ":Concurrency must be between 1 and 256, not 257.")]
    public void Validate_GroupLimitOrConcurrencyOutOfRange_NamesIt(int? groupLimit, int? concurrency, string expected)
    {
        var sut = CreateSut();
        var options = new SlackChannelOptions
        {
            WebhookUrl = new Uri("https://hooks.slack.com/services/T/B/x"), GroupLimit = groupLimit, Concurrency = concurrency,
        };

        var result = sut.Validate("slack", options);

        Assert.Equal("AiOps:Channels:slack" + expected, Assert.Single(result.Failures!));
    }

    [Fact]
    public void Validate_OtherChannelName_Skipped()
    {
        var sut = CreateSut();

        var result = sut.Validate("other", new SlackChannelOptions());

        Assert.True(result.Skipped);
    }

    private static SlackChannelOptionsValidator CreateSut() => new("slack", "AiOps:Channels:slack");
}
