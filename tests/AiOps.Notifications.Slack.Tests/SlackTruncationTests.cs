using System.Text.Json.Nodes;
using AiOps.Notifications.Slack.Internal;

namespace AiOps.Notifications.Slack.Tests;

public sealed class SlackTruncationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Shorten_CutInsideEntity_KeepsEntityWhole(int shift)
    {
        var text = new string('a', 80 + shift) + "&amp;&lt;&gt;" + new string('b', 100);

        var result = SlackTruncation.Shorten(text, 100);

        Assert.True(result.Length <= 100);
        Assert.EndsWith(SlackLimits.TruncationMarker, result, StringComparison.Ordinal);
        var kept = result[..^SlackLimits.TruncationMarker.Length];
        var lastAmp = kept.LastIndexOf('&');
        Assert.True(lastAmp < 0 || kept.IndexOf(';', lastAmp) > 0, kept);
    }

    [Fact]
    public void Shorten_CutInsideSurrogatePair_KeepsPairWhole()
    {
        var text = string.Concat(Enumerable.Repeat("🔥", 100));

        var result = SlackTruncation.Shorten(text, 51);

        Assert.False(char.IsHighSurrogate(result[^(SlackLimits.TruncationMarker.Length + 1)]));
    }

    [Fact]
    public void Shorten_CutInsideCodeBlock_ClosesTheFence()
    {
        var text = "```" + new string('x', 5000) + "```";

        var result = SlackTruncation.Shorten(text, 3000);

        Assert.True(result.Length <= 3000);
        Assert.EndsWith("\n```" + SlackLimits.TruncationMarker, result, StringComparison.Ordinal);
    }

    [Fact]
    public void Shape_PlainTextHeaderCutInsideFence_ShortensPlainly()
    {
        var text = "```" + new string('x', 500);
        var block = new JsonObject
        {
            ["type"] = "header",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = text },
        };

        new SlackBlockShaper().Shape(block);

        var shortened = (string)block["text"]!["text"]!;
        Assert.True(shortened.Length <= SlackLimits.HeaderText);
        Assert.Equal(text[..(SlackLimits.HeaderText - SlackLimits.TruncationMarker.Length)] + SlackLimits.TruncationMarker,
            shortened);
    }
}
