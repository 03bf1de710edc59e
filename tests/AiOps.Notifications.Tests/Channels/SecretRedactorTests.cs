using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Tests.Channels;

public sealed class SecretRedactorTests
{
    private const string Token = "QueryTok98765432Z";

    private static readonly SecretRedactor Sut = new([Token, "short-but-ok"]);

    [Fact]
    public void Redact_WholeSecret_Masked()
    {
        var text = Sut.Redact($"No hook at /hook/p?token={Token} here");

        Assert.Equal("No hook at /hook/p?token=*** here", text);
    }

    [Fact]
    public void Redact_AnswerShortenedInsideASecret_ItsBeginningMaskedToo()
    {
        var body = new string('x', 485) + Token + " and more of the page";
        var shortened = HttpDeliveryResults.Shorten(body);

        var text = Sut.Redact(shortened);

        Assert.Equal(new string('x', 485) + "***…", text);
    }

    [Fact]
    public void Redact_AnswerCutInsideASecretWithoutEllipsis_ItsBeginningMasked()
    {
        var text = Sut.Redact("echo: short-bu");

        Assert.Equal("echo: ***", text);
    }

    [Theory]
    [InlineData("ends with Que")]
    [InlineData("ends with Tok98765")]
    public void Redact_TailTooShortOrNotABeginning_Unchanged(string text)
    {
        Assert.Equal(text, Sut.Redact(text));
    }
}
