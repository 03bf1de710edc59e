using AiOps.Notifications.Webhook.Tests.Infrastructure;
using StandardWebhooks;

namespace AiOps.Notifications.Webhook.Tests;

public sealed class StandardWebhookSignerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sign_SameInput_MatchesTheStandardWebhooksPackage()
    {
        var sut = CreateSut();

        var signature = sut.Sign("msg_p5jXN8AQM9LWM0D4loKWxJek", Now, """{"test": 2432232314}""");

        var expected = new StandardWebhook(TestMessages.Secret)
            .Sign("msg_p5jXN8AQM9LWM0D4loKWxJek", Now, """{"test": 2432232314}""");
        Assert.Equal(expected, signature);
    }

    [Fact]
    public void Verify_SeveralSignaturesOneMatching_Succeeds()
    {
        var sut = CreateSut();
        var valid = sut.Sign("msg_1", Now, "{}");

        var verified = sut.Verify("msg_1", Unix(Now), "v1,bm90IGl0 " + valid + " v1a,abc", "{}", Now);

        Assert.True(verified);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Verify_TimestampOutsideTolerance_Fails(int offsetSeconds)
    {
        var sut = CreateSut();
        var sentAt = Now.AddSeconds(offsetSeconds);
        var signature = sut.Sign("msg_1", sentAt, "{}");

        var verified = sut.Verify("msg_1", Unix(sentAt), signature, "{}", Now);

        Assert.False(verified);
    }

    [Fact]
    public void Verify_OtherSecret_Fails()
    {
        var sut = CreateSut();
        var other = new StandardWebhookSigner("whsec_" + Convert.ToBase64String(new byte[32]));

        var verified = sut.Verify("msg_1", Unix(Now), other.Sign("msg_1", Now, "{}"), "{}", Now);

        Assert.False(verified);
    }

    [Fact]
    public void Verify_ChangedId_Fails()
    {
        var sut = CreateSut();

        var verified = sut.Verify("msg_2", Unix(Now), sut.Sign("msg_1", Now, "{}"), "{}", Now);

        Assert.False(verified);
    }

    [Theory]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", true)]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", false)]
    [InlineData("whsec_not*base64", false)]
    [InlineData("whsec_c2hvcnQ=", false)]
    [InlineData("", false)]
    public void IsValidSecret_Forms_AreRecognised(string secret, bool expected)
    {
        var valid = StandardWebhookSigner.IsValidSecret(secret);

        Assert.Equal(expected, valid);
    }

    [Fact]
    public void Sign_IdWithPeriod_Throws()
    {
        var sut = CreateSut();

        Assert.Throws<ArgumentException>(() => sut.Sign("msg.1", Now, "{}"));
    }

    private static StandardWebhookSigner CreateSut() => new(TestMessages.Secret);

    private static string Unix(DateTimeOffset time) =>
        time.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
