using AiOps.Notifications.Email.Internal;

namespace AiOps.Notifications.Email.Tests;

public sealed class EmailChannelOptionsValidatorTests
{
    private const string Section = "AiOps:Channels:email";

    [Fact]
    public void Validate_ValidOptions_Succeeds()
    {
        var sut = CreateSut();

        var result = sut.Validate("email", ValidOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_MissingHost_NamesTheSetting()
    {
        var sut = CreateSut();
        var options = ValidOptions();
        options.Host = " ";

        var result = sut.Validate("email", options);

        Assert.Contains(result.Failures!, f => f.StartsWith(Section + ":Host is required", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PlainTextWithCredentialsToRemoteHost_NamesSecurity()
    {
        var sut = CreateSut();
        var options = ValidOptions();
        options.Security = SmtpSecurity.None;

        var result = sut.Validate("email", options);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith(Section + ":Security is None", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("::1")]
    public void Validate_PlainTextWithCredentialsToLoopback_Succeeds(string host)
    {
        var sut = CreateSut();
        var options = ValidOptions();
        options.Security = SmtpSecurity.None;
        options.Host = host;

        var result = sut.Validate("email", options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_PasswordWithoutUserName_NamesBothSettings()
    {
        var sut = CreateSut();
        var options = ValidOptions();
        options.UserName = null;

        var result = sut.Validate("email", options);

        Assert.Contains(result.Failures!, f => f.Contains(Section + ":UserName and " + Section + ":Password",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadAddresses_NameEachSetting()
    {
        var sut = CreateSut();
        var options = ValidOptions();
        options.From = "nobody";
        options.To.Add("not an address");

        var result = sut.Validate("email", options);

        Assert.Contains(result.Failures!, f => f.StartsWith(Section + ":From must be", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith(Section + ":To:1 is not", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(70000)]
    public void Validate_PortOutOfRange_NamesPort(int port)
    {
        var sut = CreateSut();
        var options = ValidOptions();
        options.Port = port;

        var result = sut.Validate("email", options);

        Assert.Contains(result.Failures!, f => f.StartsWith(Section + ":Port must be", StringComparison.Ordinal));
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

        var result = sut.Validate("email", options);

        Assert.Equal(Section + expected, Assert.Single(result.Failures!));
    }

    [Fact]
    public void Validate_OtherChannelName_Skips()
    {
        var sut = CreateSut();

        var result = sut.Validate("email-oncall", new EmailChannelOptions());

        Assert.True(result.Skipped);
    }

    private static EmailChannelOptionsValidator CreateSut() => new("email", Section);

    private static EmailChannelOptions ValidOptions() => new()
    {
        Host = "smtp.example.test",
        Port = 587,
        Security = SmtpSecurity.StartTls,
        UserName = "aiops",
        Password = "hunter2-secret",
        From = "AiOps <aiops@example.test>",
        To = { "ops@example.test" },
    };
}
