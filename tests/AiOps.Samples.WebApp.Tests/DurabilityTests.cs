using System.Diagnostics;
using System.Globalization;
using System.Text;
using AiOps.Samples.WebApp.Tests.Support;

namespace AiOps.Samples.WebApp.Tests;

/// <summary>Kill the sample process in the middle of a burst, start it again on the same SQLite file: nothing is lost.</summary>
public sealed class DurabilityTests
{
    private const int Alerts = 40;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KillDuringBurst_RestartDeliversEverythingWithDuplicatesOnlyFromInFlight()
    {
        await using var receiver = await WebhookReceiver.StartAsync(TimeSpan.FromMilliseconds(100));
        var folder = Directory.CreateTempSubdirectory("aiops-durability-").FullName;
        var port = SampleHost.FreePort();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        using (var first = StartSample(folder, port, receiver.Url))
        {
            await WaitUntilUpAsync(client, first);
            using var content = new StringContent(Burst(), Encoding.UTF8, "application/json");
            using var accepted = await client.PostAsync("/aiops/api/ingest/alertmanager", content, Ct);
            accepted.EnsureSuccessStatusCode();
            await WaitAsync(() => receiver.Ids.Count >= 5);

            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(Ct);
        }

        var beforeRestart = receiver.Ids.Count;
        using (var second = StartSample(folder, port, receiver.Url))
        {
            await WaitUntilUpAsync(client, second);
            await WaitAsync(() => receiver.Ids.Distinct().Count() == Alerts);
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync(Ct);
        }

        var duplicates = receiver.Ids.Count - receiver.Ids.Distinct().Count();
        Assert.True(beforeRestart < Alerts, "the burst finished before the kill; the test proved nothing");
        Assert.InRange(duplicates, 0, 4);
        Directory.Delete(folder, recursive: true);
    }

    private static Process StartSample(string folder, int port, string webhookUrl)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "AiOps.Samples.WebApp.dll"),
                $"--urls=http://127.0.0.1:{port}",
                $"--AiOps:Sqlite:DatabasePath={Path.Combine(folder, "aiops.db")}",
                $"--AiOps:Channels:webhook:Url={webhookUrl}",
                $"--AiOps:Channels:email:Port={SampleHost.FreePort()}",
                "--AiOps:Delivery:ImmediateAttempts=1",
                "--AiOps:Delivery:OutboxRetryDelay=00:00:01",
                "--AiOps:Delivery:OutboxPollInterval=00:00:00.200",
                "--AiOps:Delivery:ConcurrencyPerChannel=4",
                "--DevInbox:Enabled=false",
                "--Logging:LogLevel:Default=Warning",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string Burst()
    {
        var alerts = Enumerable.Range(0, Alerts).Select(i => string.Create(CultureInfo.InvariantCulture, $$"""
            {"status":"firing","labels":{"alertname":"Burst{{i}}","service":"burst"},
             "annotations":{"summary":"Burst alert {{i}}"},"startsAt":"2026-12-03T08:00:00Z",
             "endsAt":"0001-01-01T00:00:00Z","fingerprint":"{{i:x16}}"}
            """));
        return $$"""{"version":"4","status":"firing","receiver":"aiops","alerts":[{{string.Join(",", alerts)}}]}""";
    }

    private static async Task WaitUntilUpAsync(HttpClient client, Process process)
    {
        await WaitAsync(async () =>
        {
            Assert.False(process.HasExited, "the sample process exited early");
            try
            {
                using var response = await client.GetAsync("/aiops/api/incidents", Ct);
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        });
    }

    private static Task WaitAsync(Func<bool> condition) => WaitAsync(() => Task.FromResult(condition()));

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
