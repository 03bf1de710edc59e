using AiOps.Notifications.Channels;
using AiOps.Notifications.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiOps.Notifications.Tests.Routing;

/// <summary><c>service==checkout</c> parsed as <c>service="=checkout"</c>: a matcher that never matches.</summary>
public sealed class MatcherDoubledOperatorTests
{
    [Theory]
    [InlineData("service==checkout", "'='")]
    [InlineData("service = =checkout", "'='")]
    [InlineData("service!==checkout", "'='")]
    [InlineData("service=~~check.*", "'~'")]
    [InlineData("service==\"checkout\"", "'='")]
    public void Parse_ValueStartsWithOperatorCharacter_ThrowsNamingTextAndCharacter(string text, string character)
    {
        var error = Assert.Throws<FormatException>(() => Matcher.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(character + " right after the operator", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("service=\"=checkout\"", "=checkout")]
    [InlineData("service=~\"~x\"", "~x")]
    public void Parse_QuotedValueStartingWithOperatorCharacter_KeepsTheValue(string text, string value)
    {
        var sut = Matcher.Parse(text);

        Assert.Equal(value, sut.Value);
    }

    [Fact]
    public async Task StartAsync_RouteWithDoubledOperator_FailsNamingTheMatcher()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["AiOps:Routing:Routes:0:Matchers:0"] = "team==payments" });
        builder.Services.AddAiOpsNotifications().AddInMemoryChannel(new InMemoryChannel("memory"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(
            "AiOps:Routing:Routes:0:Matchers:0: 'team==payments' has '='", error.Message, StringComparison.Ordinal);
    }
}
