using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace AiOps.Notifications.Tests.Telemetry;

/// <summary>Failure logs keep the status code and the reply, but no e-mail address the reply quotes.</summary>
public sealed class FailureLogTests
{
    private const string Reply = "5.1.1 <ana.lopez@example.com>: Recipient address rejected: User unknown";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeliveryFailed_SmtpReplyQuotesTheRecipient_LogMasksTheAddress()
    {
        var channel = new InMemoryChannel("email", (_, _) => Task.FromResult(DeliveryResult.Permanent(Reply, 550)));
        await using var host = await EngineHost.StartAsync(b =>
        {
            b.AddInMemoryChannel(channel);
            b.Services.AddFakeLogging();
        });

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 1);
        var failure = await LoggedAsync(host, 1022);

        Assert.DoesNotContain("ana.lopez", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com", failure.Message, StringComparison.Ordinal);
        Assert.Contains(
            "(550: 5.1.1 <[address]>: Recipient address rejected", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttemptFailed_ReplyQuotesAnAddress_LogMasksTheAddress()
    {
        var calls = 0;
        var channel = new InMemoryChannel("email", (_, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
            ? DeliveryResult.Transient("4.2.2 mailbox of ops@example.org is full", 452)
            : DeliveryResult.Delivered()));
        await using var host = await EngineHost.StartAsync(b =>
        {
            b.AddInMemoryChannel(channel);
            b.Services.AddFakeLogging();
        });

        var incident = await host.Incidents.ReportAsync(new IncidentReport { Title = "x" }, Ct);
        await host.WaitForDeliveriesAsync(incident.Id, 1);
        var retry = await LoggedAsync(host, 1021);

        Assert.Contains("(452: 4.2.2 mailbox of [address] is full)", retry.Message, StringComparison.Ordinal);
    }

    private static async Task<FakeLogRecord> LoggedAsync(EngineHost host, int eventId)
    {
        // The outcome is logged just after it is stored.
        var collector = host.Services.GetFakeLogCollector();
        await Eventually.TrueAsync(() => collector.GetSnapshot().Any(l => l.Id.Id == eventId));
        return collector.GetSnapshot().First(l => l.Id.Id == eventId);
    }
}
