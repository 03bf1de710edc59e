using AiOps.Notifications.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Tests.DependencyInjection;

public sealed class AiOpsNotificationsOptionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_InvalidCapacityInConfiguration_FailsNamingTheSetting()
    {
        using var host = CreateHost(new() { ["AiOps:Queue:Capacity"] = "0" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:Queue:Capacity must be between 1 and 10000000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ChannelCapacityOverCapacity_FailsNamingTheSetting()
    {
        using var host = CreateHost(new() { ["AiOps:Queue:Capacity"] = "10", ["AiOps:Queue:ChannelCapacity"] = "11" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:Queue:ChannelCapacity must be between 1 and AiOps:Queue:Capacity", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_UnknownSettingKey_FailsNamingTheKey()
    {
        using var host = CreateHost(new() { ["AiOps:Queue:Capacty"] = "5" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:Queue:Capacty is not a setting; use Capacity,", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("QueueOptions", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AiOps:Routing:Routes:0:Chanels:0", "AiOps:Routing:Routes:0:Chanels is not a setting")]
    [InlineData("AiOps:EscalationPolicies:p:Steps:0:Dealy", "AiOps:EscalationPolicies:p:Steps:0:Dealy is not a setting")]
    [InlineData("AiOps:Reminder:CheckInterval", "AiOps:Reminder is not a setting")]
    public async Task StartAsync_UnknownKeyInNestedSettings_FailsNamingItsFullPath(string key, string expected)
    {
        using var host = CreateHost(new() { [key] = "x" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AiOps:Queue:FullMode", "Drop", "AiOps:Queue:FullMode is 'Drop'; use Wait, FailFast, SpillToOutbox.")]
    [InlineData("AiOps:Queue:FullMode", "1", "AiOps:Queue:FullMode is '1'; use Wait, FailFast, SpillToOutbox.")]
    [InlineData("AiOps:Queue:FullMode", "99", "AiOps:Queue:FullMode is '99'; use Wait, FailFast, SpillToOutbox.")]
    [InlineData("AiOps:Queue:Capacity", "abc", "AiOps:Queue:Capacity is 'abc'; use a whole number.")]
    [InlineData("AiOps:Delivery:AttemptTimeout", "soon", "AiOps:Delivery:AttemptTimeout is 'soon'; use a time span")]
    [InlineData("AiOps:EscalationPolicies:p:Steps:0:Delay", "soon",
        "AiOps:EscalationPolicies:p:Steps:0:Delay is 'soon'; use a time span")]
    public async Task StartAsync_ValueOfTheWrongKind_FailsNamingTheSettingAndWhatItTakes(
        string key, string value, string expected)
    {
        using var host = CreateHost(new() { [key] = value });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AiOps.Notifications.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_TemplateThatDoesNotParse_FailsNamingTheTemplate()
    {
        using var host = CreateHost(new() { ["AiOps:Templates:memory/incident.detected/text"] = "{{ incident.title " });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));

        Assert.Contains("memory/incident.detected/text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_TemplateForUnknownPart_FailsNamingTheSetting()
    {
        using var host = CreateHost(new() { ["AiOps:Templates:memory/incident.detected/subject"] = "x" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:Templates:memory/incident.detected/subject", error.Message, StringComparison.Ordinal);
        Assert.Contains("names part 'subject' of channel kind 'memory'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_RouteNamesMissingPolicy_FailsNamingTheRoute()
    {
        using var host = CreateHost(new()
        {
            ["AiOps:Routing:Routes:0:Matchers:0"] = "team=\"payments\"",
            ["AiOps:Routing:Routes:0:EscalationPolicy"] = "nope",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:Routing:Routes:0:EscalationPolicy names policy 'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_PolicyStepWithUnknownChannelAndNegativeDelay_FailsNamingBoth()
    {
        using var host = CreateHost(new()
        {
            ["AiOps:EscalationPolicies:p:Steps:0:Channels:0"] = "pager",
            ["AiOps:EscalationPolicies:p:Steps:0:Delay"] = "-00:01:00",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:EscalationPolicies:p:Steps:0 names channel 'pager'", error.Message, StringComparison.Ordinal);
        Assert.Contains("AiOps:EscalationPolicies:p:Steps:0:Delay must be zero or positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ZeroAgingInterval_FailsNamingTheSetting()
    {
        using var host = CreateHost(new() { ["AiOps:Queue:AgingInterval"] = "00:00:00" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:Queue:AgingInterval must be positive", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BreakerFailureRatio", "0", "greater than 0 and at most 1")]
    [InlineData("BreakerFailureRatio", "1.5", "greater than 0 and at most 1")]
    [InlineData("BreakerMinimumThroughput", "1", "at least 2")]
    [InlineData("BreakerSamplingDuration", "00:00:00.400", "between 00:00:00.500 and 1.00:00:00")]
    [InlineData("BreakerSamplingDuration", "2.00:00:00", "between 00:00:00.500 and 1.00:00:00")]
    [InlineData("BreakerBreakDuration", "00:00:00.499", "between 00:00:00.500 and 1.00:00:00")]
    [InlineData("BreakerBreakDuration", "-00:00:30", "between 00:00:00.500 and 1.00:00:00")]
    public async Task StartAsync_BreakerSettingOutOfRange_FailsNamingTheFullPath(
        string setting, string value, string rule)
    {
        using var host = CreateHost(new() { ["AiOps:Delivery:" + setting] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains($"AiOps:Delivery:{setting} must be {rule}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_BreakerSettingsAtTheirLimits_Starts()
    {
        using var host = CreateHost(new()
        {
            ["AiOps:Delivery:BreakerFailureRatio"] = "1",
            ["AiOps:Delivery:BreakerMinimumThroughput"] = "2",
            ["AiOps:Delivery:BreakerSamplingDuration"] = "00:00:00.500",
            ["AiOps:Delivery:BreakerBreakDuration"] = "1.00:00:00",
        });

        await host.StartAsync(Ct);

        await host.StopAsync(Ct);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:05")]
    public async Task StartAsync_ChildRouteGroupWaitNotPositive_FailsNamingTheFullPath(string wait)
    {
        using var host = CreateHost(new()
        {
            ["AiOps:Routing:Routes:0:Matchers:0"] = "team=\"payments\"",
            ["AiOps:Routing:Routes:0:GroupWait"] = wait,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:Routing:Routes:0:GroupWait must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_RootGroupLimitZero_FailsNamingTheSetting()
    {
        using var host = CreateHost(new() { ["AiOps:Routing:GroupLimit"] = "0" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:Routing:GroupLimit must be at least 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_StepRecipientForChannelItDoesNotNotify_FailsNamingTheRecipient()
    {
        using var host = CreateHost(new()
        {
            ["AiOps:EscalationPolicies:p:Steps:0:Channels:0"] = "memory",
            ["AiOps:EscalationPolicies:p:Steps:0:Recipients:pager"] = "lead",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains(
            "AiOps:EscalationPolicies:p:Steps:0:Recipients:pager is for a channel the step does not notify",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_StepRecipientBlank_FailsNamingTheRecipient()
    {
        using var host = CreateHost(new()
        {
            ["AiOps:EscalationPolicies:p:Steps:0:Channels:0"] = "memory",
            ["AiOps:EscalationPolicies:p:Steps:0:Recipients:memory"] = " ",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains(
            "AiOps:EscalationPolicies:p:Steps:0:Recipients:memory must not be empty",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ValidGroupingAndStepRecipient_Starts()
    {
        using var host = CreateHost(new()
        {
            ["AiOps:Routing:GroupWait"] = "00:00:10",
            ["AiOps:Routing:GroupLimit"] = "1",
            ["AiOps:EscalationPolicies:p:Steps:0:Channels:0"] = "memory",
            ["AiOps:EscalationPolicies:p:Steps:0:Recipients:MEMORY"] = "lead",
        });

        await host.StartAsync(Ct);

        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task StartAsync_SettingsForChannelNeverAdded_FailsNamingTheSection()
    {
        using var host = CreateHost(new() { ["AiOps:Channels:emial:Host"] = "smtp.example.com" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:Channels:emial is configured, but no channel named 'emial' was added", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_TemplateCheckFindsAProblem_FailsNamingKindAndType()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddAiOpsNotifications()
            .AddInMemoryChannel(new InMemoryChannel("memory"))
            .AddTemplateCheck(new AiOps.Notifications.Templates.TemplateCheck(
                InMemoryChannel.ChannelKind, "", parts => parts["text"].Contains("report.digest", StringComparison.Ordinal) ? "digest!" : null));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));

        Assert.Contains("memory templates, 'report.digest': digest!", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAiOpsNotifications_CalledTwice_Throws()
    {
        var services = new ServiceCollection();
        services.AddAiOpsNotifications();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddAiOpsNotifications());

        Assert.Contains("called twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddChannel_DuplicateName_Throws()
    {
        var builder = new ServiceCollection().AddAiOpsNotifications().AddInMemoryChannel(new InMemoryChannel("ops"));

        var error = Assert.Throws<ArgumentException>(() => builder.AddInMemoryChannel(new InMemoryChannel("ops")));

        Assert.Contains("'ops'", error.Message, StringComparison.Ordinal);
    }

    private static IHost CreateHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAiOpsNotifications().AddInMemoryChannel(new InMemoryChannel("memory"));
        return builder.Build();
    }
}
