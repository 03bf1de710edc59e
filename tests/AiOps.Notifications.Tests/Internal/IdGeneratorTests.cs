using AiOps.Notifications.Internal;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Internal;

public sealed class IdGeneratorTests
{
    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000", "00000000000000000000000000")]
    [InlineData("00000000-0000-7000-8000-000000000001", "0000000000e008000000000001")]
    [InlineData("00000000-0000-7000-9000-00000000000a", "0000000000e00900000000000a")]
    [InlineData("ffffffff-ffff-ffff-ffff-ffffffffffff", "7zzzzzzzzzzzzzzzzzzzzzzzzz")]
    public void Format_SpecificationVectors_WritesTheTypeIdSuffix(string uuid, string suffix)
    {
        Assert.Equal("ntf_" + suffix, IdGenerator.Format("ntf", Guid.Parse(uuid)));
    }

    [Fact]
    public void Create_ClockMovesOn_IdentifiersSortAsPlainStrings()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        var sut = new IdGenerator(clock);
        var created = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            created.Add(sut.Create("inc"));
            clock.Advance(TimeSpan.FromMilliseconds(1 + i * 37));
        }

        Assert.Equal(created, created.Order(StringComparer.Ordinal));
        Assert.All(created, id => Assert.Matches("^inc_[0-7][0-9a-hjkmnp-tv-z]{25}$", id));
    }
}
