using AiOps.Notifications.Routing;

namespace AiOps.Notifications.Tests.Routing;

/// <summary>
/// Matchers read quotes and escapes as Alertmanager does, and write themselves back in a form that reads the
/// same: <c>team="a\"b"</c> kept its backslash, <c>team="payments" extra</c> became a value with quotes in it,
/// and <c>msg=a"b</c> was written as <c>msg="a"b"</c>, which a stored silence read back as another value.
/// </summary>
public sealed class MatcherEscapingTests
{
    [Theory]
    [InlineData("""team="a\"b" """, "a\"b")]
    [InlineData("""path="C:\\temp" """, @"C:\temp")]
    [InlineData("""msg="line 1\nline 2" """, "line 1\nline 2")]
    [InlineData("""version=~"\d+\.\d+" """, @"\d+\.\d+")]
    [InlineData("""team=a\"b""", "a\"b")]
    [InlineData("""team="" """, "")]
    [InlineData("""team=" spaced " """, " spaced ")]
    [InlineData("env = prod", "prod")]
    public void Parse_EscapesInValue_UnescapesLikeAlertmanager(string text, string value)
    {
        var sut = Matcher.Parse(text);

        Assert.Equal(value, sut.Value);
    }

    [Theory]
    [InlineData("""team="payments" extra""", "'extra'")]
    [InlineData("""team="a"b" """, "'b\"'")]
    public void Parse_TextAfterTheClosingQuote_ThrowsNamingIt(string text, string rest)
    {
        var error = Assert.Throws<FormatException>(() => Matcher.Parse(text));

        Assert.Contains(
            $"'{text}' has text after the closing quote of its value: {rest}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""team="payments""")]
    [InlineData("""team="payments\" """)]
    public void Parse_NoClosingQuote_Throws(string text)
    {
        var error = Assert.Throws<FormatException>(() => Matcher.Parse(text));

        Assert.Contains($"'{text}' has no closing quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QuoteInUnquotedValue_ThrowsShowingTheQuotedForm()
    {
        var error = Assert.Throws<FormatException>(() => Matcher.Parse("""msg=a"b"""));

        Assert.Contains("""'msg=a"b' has a quote inside an unquoted value""", error.Message, StringComparison.Ordinal);
        Assert.Contains("""msg="a\"b".""", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\"b")]
    [InlineData("\"")]
    [InlineData("\"quoted\" extra")]
    [InlineData(@"C:\temp\")]
    [InlineData(@"\\")]
    [InlineData(@"a\nb")]
    [InlineData(@"a\""b")]
    [InlineData("line 1\nline 2\r\n\ttabbed")]
    [InlineData("")]
    [InlineData(" leading and trailing ")]
    [InlineData("=checkout")]
    [InlineData("~x")]
    [InlineData("café ✓ 日本語 🚀")]
    public void ToString_AnyValue_ParsesBackToTheSameMatcher(string value)
    {
        foreach (var op in Enum.GetValues<MatchOperator>().Where(op => !IsRegex(op)))
        {
            AssertRoundTrips(new Matcher("team", op, value));
        }
    }

    [Theory]
    [InlineData(@"\d+\.\d+")]
    [InlineData(@"a\\b")]
    [InlineData(@"C:\\temp\\.*")]
    [InlineData(@"say ""hi""|\""quoted\""")]
    [InlineData(@"\n|\t")]
    [InlineData("")]
    [InlineData(".*")]
    [InlineData("naïve|日本")]
    public void ToString_AnyRegex_ParsesBackToTheSameMatcher(string regex)
    {
        foreach (var op in Enum.GetValues<MatchOperator>().Where(IsRegex))
        {
            AssertRoundTrips(new Matcher("team", op, regex));
        }
    }

    [Fact]
    public void ToString_ValueWithQuoteAndBackslash_WritesEscapes()
    {
        var sut = new Matcher("msg", MatchOperator.NotEqual, "a\"b\\c\nd");

        var text = sut.ToString();

        Assert.Equal("""msg!="a\"b\\c\nd" """.TrimEnd(), text);
    }

    private static bool IsRegex(MatchOperator op) => op is MatchOperator.Regex or MatchOperator.NotRegex;

    private static void AssertRoundTrips(Matcher matcher)
    {
        var read = Matcher.Parse(matcher.ToString());

        Assert.Equal((matcher.Name, matcher.Operator, matcher.Value), (read.Name, read.Operator, read.Value));
    }
}
