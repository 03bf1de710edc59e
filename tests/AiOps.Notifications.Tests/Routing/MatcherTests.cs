using AiOps.Notifications.Routing;

namespace AiOps.Notifications.Tests.Routing;

public sealed class MatcherTests
{
    [Theory]
    [InlineData("team=\"payments\"", "payments", true)]
    [InlineData("team=\"payments\"", "billing", false)]
    [InlineData("team!=\"payments\"", "billing", true)]
    [InlineData("team!=\"payments\"", null, true)]
    [InlineData("priority=~\"High|Critical\"", "Critical", true)]
    [InlineData("priority=~\"High|Critical\"", "NotCritical", false)]
    [InlineData("env!~\"dev.*\"", "development", false)]
    [InlineData("env = prod", "prod", true)]
    public void Matches_Value_FollowsOperator(string text, string? value, bool expected)
    {
        var sut = Matcher.Parse(text);

        var result = sut.Matches(value);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("no operator")]
    [InlineData("=\"x\"")]
    [InlineData("team=~\"(unclosed\"")]
    public void Parse_InvalidText_ThrowsFormatExceptionNamingText(string text)
    {
        var error = Assert.Throws<FormatException>(() => Matcher.Parse(text));

        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }
}
