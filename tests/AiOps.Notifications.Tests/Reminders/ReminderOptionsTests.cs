using AiOps.Notifications.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Tests.Reminders;

public sealed class ReminderOptionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_ZeroCheckInterval_FailsNamingTheSetting()
    {
        using var host = CreateSut(new() { ["AiOps:Reminders:CheckInterval"] = "00:00:00" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("AiOps:Reminders:CheckInterval must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NegativeRepeatIntervalOnChildRoute_FailsNamingTheRoute()
    {
        using var host = CreateSut(new()
        {
            ["AiOps:Routing:Routes:0:Matchers:0"] = "team=\"payments\"",
            ["AiOps:Routing:Routes:0:RepeatInterval"] = "-00:05:00",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains(
            "AiOps:Routing:Routes:0:RepeatInterval must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_CheckIntervalFromConfiguration_IsUsed()
    {
        using var host = CreateSut(new() { ["AiOps:Reminders:CheckInterval"] = "00:02:00" });

        var options = host.Services.GetRequiredService<IOptions<AiOpsNotificationsOptions>>().Value;

        Assert.Equal(TimeSpan.FromMinutes(2), options.Reminders.CheckInterval);
    }

    private static IHost CreateSut(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAiOpsNotifications().AddInMemoryChannel(new InMemoryChannel("memory"));
        return builder.Build();
    }
}
