using AiOps.Notifications.Email.Internal;

namespace AiOps.Notifications.Email.Tests;

public sealed class SubjectLineTests
{
    [Fact]
    public void Clean_ControlCharactersAndLineBreaks_BecomeSingleSpaces()
    {
        var result = SubjectLine.Clean("  a\r\n\tb\u0000c\u2028d  ");

        Assert.Equal("a b c d", result);
    }

    [Fact]
    public void Clean_LongText_IsCappedWithEllipsis()
    {
        var result = SubjectLine.Clean(new string('x', 500));

        Assert.Equal(SubjectLine.MaxLength, result.Length);
        Assert.EndsWith("…", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CapInsideSurrogatePair_DoesNotSplitIt()
    {
        var text = new string('x', SubjectLine.MaxLength - 2) + "😀😀";

        var result = SubjectLine.Clean(text);

        Assert.False(char.IsHighSurrogate(result[^2]));
        Assert.EndsWith("…", result, StringComparison.Ordinal);
    }
}
