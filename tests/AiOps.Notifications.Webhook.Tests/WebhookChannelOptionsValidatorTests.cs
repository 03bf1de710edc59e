using AiOps.Notifications.Webhook.Internal;
using AiOps.Notifications.Webhook.Tests.Infrastructure;

namespace AiOps.Notifications.Webhook.Tests;

public sealed class WebhookChannelOptionsValidatorTests
{
    private const string Section = "AiOps:Channels:webhook";

    [Fact]
    public void Validate_ValidOptions_Succeeds()
    {
        var sut = CreateSut();

        var result = sut.Validate("webhook", ValidOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_MissingUrlAndSecret_NameBothSettings()
    {
        var sut = CreateSut();

        var result = sut.Validate("webhook", new WebhookChannelOptions());

        Assert.Contains(result.Failures!, f => f.StartsWith(Section + ":Url is required", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith(Section + ":Secret is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ftp://example.test/hook")]
    [InlineData("/relative/hook")]
    public void Validate_NotHttpUrl_NamesUrl(string url)
    {
        var sut = CreateSut();
        var options = ValidOptions();
        options.Url = new Uri(url, UriKind.RelativeOrAbsolute);

        var result = sut.Validate("webhook", options);

        Assert.StartsWith(Section + ":Url must be", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedSecret_NamesSecretWithoutShowingIt()
    {
        var sut = CreateSut();
        var options = ValidOptions();
        options.Secret = "whsec_tooShortButSecret";

        var result = sut.Validate("webhook", options);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith(Section + ":Secret must be", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("tooShortButSecret", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReservedHeader_NamesTheHeader()
    {
        var sut = CreateSut();
        var options = ValidOptions();
        options.Headers["webhook-signature"] = "forged";

        var result = sut.Validate("webhook", options);

        Assert.StartsWith(Section + ":Headers:webhook-signature", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, null, ":GroupLimit must be at least 1, not 0.")]
    [InlineData(null, 0, ":Concurrency must be between 1 and 256, not 0.")]
    [InlineData(null, 257, ":Concurrency must be between 1 and 256, not 257.")]
    public void Validate_GroupLimitOrConcurrencyOutOfRange_NamesIt(int? groupLimit, int? concurrency, string expected)
    {
        var sut = CreateSut();
        var options = ValidOptions();
        options.GroupLimit = groupLimit;
        options.Concurrency = concurrency;

        var result = sut.Validate("webhook", options);

        Assert.Equal(Section + expected, Assert.Single(result.Failures!));
    }

    private static WebhookChannelOptionsValidator CreateSut() => new("webhook", Section);

    private static WebhookChannelOptions ValidOptions() =>
        new() { Url = new Uri("https://hooks.example.test/aiops"), Secret = TestMessages.Secret };
}
