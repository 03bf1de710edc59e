using AiOps.Notifications.Teams.Internal;

namespace AiOps.Notifications.Teams.Tests;

public sealed class TeamsChannelOptionsValidatorTests
{
    [Theory]
    [InlineData(null, "1.4", "AiOps:Channels:teams:WebhookUrl is required")]
    [InlineData("https://prod-01.westeurope.logic.azure.com/workflows/x", "1.6", "AiOps:Channels:teams:CardVersion")]
    [InlineData("https://prod-01.westeurope.logic.azure.com/workflows/x", "one", "AiOps:Channels:teams:CardVersion")]
    public void Validate_BadSettings_NamesTheSetting(string? url, string version, string expected)
    {
        var sut = CreateSut();
        var options = new TeamsChannelOptions { WebhookUrl = url is null ? null : new Uri(url), CardVersion = version };

        var result = sut.Validate("teams", options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WorkflowsUrl_Succeeds()
    {
        var sut = CreateSut();

        var result = sut.Validate("teams", new TeamsChannelOptions { WebhookUrl = new Uri("https://example.test/w") });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(0, null, ":GroupLimit must be at least 1, not 0.")]
    [InlineData(null, 0, ":Concurrency must be between 1 and 256, not 0.")]
    [InlineData(null, 257, ":Concurrency must be between 1 and 256, not 257.")]
    public void Validate_GroupLimitOrConcurrencyOutOfRange_NamesIt(int? groupLimit, int? concurrency, string expected)
    {
        var sut = CreateSut();
        var options = new TeamsChannelOptions
        {
            WebhookUrl = new Uri("https://example.test/w"), GroupLimit = groupLimit, Concurrency = concurrency,
        };

        var result = sut.Validate("teams", options);

        Assert.Equal("AiOps:Channels:teams" + expected, Assert.Single(result.Failures!));
    }

    private static TeamsChannelOptionsValidator CreateSut() => new("teams", "AiOps:Channels:teams");
}
