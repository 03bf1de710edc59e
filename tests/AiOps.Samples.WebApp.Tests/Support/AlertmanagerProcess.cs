using System.Diagnostics;

namespace AiOps.Samples.WebApp.Tests.Support;

/// <summary>A real Prometheus Alertmanager (Debian package prometheus-alertmanager) on 127.0.0.1, clustering off.</summary>
internal sealed class AlertmanagerProcess : IAsyncDisposable
{
    private const string Binary = "/usr/bin/prometheus-alertmanager";

    private readonly Process _process;
    private readonly string _folder;

    private AlertmanagerProcess(Process process, string folder, string url)
    {
        _process = process;
        _folder = folder;
        Url = url;
    }

    public string Url { get; }

    public static async Task<AlertmanagerProcess> StartAsync(string webhookUrl)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException(
                $"{Binary} is missing. Install it with: apt-get install prometheus-alertmanager (.ci/run does).");
        }

        var folder = Directory.CreateTempSubdirectory("aiops-alertmanager-").FullName;
        var config = Path.Combine(folder, "alertmanager.yml");
        await File.WriteAllTextAsync(config, $"""
            route:
              receiver: aiops
              group_by: ['alertname']
              group_wait: 1s
              group_interval: 1s
              repeat_interval: 1h
            receivers:
              - name: aiops
                webhook_configs:
                  - url: {webhookUrl}
                    send_resolved: true
            """);

        var port = SampleHost.FreePort();
        var start = new ProcessStartInfo(Binary)
        {
            ArgumentList =
            {
                "--config.file=" + config,
                "--storage.path=" + Path.Combine(folder, "data"),
                $"--web.listen-address=127.0.0.1:{port}",
                "--cluster.listen-address=",
            },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Alertmanager did not start.");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var alertmanager = new AlertmanagerProcess(process, folder, $"http://127.0.0.1:{port}");
        await alertmanager.WaitUntilReadyAsync();
        return alertmanager;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Alertmanager exited with code {_process.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync(Url + "/-/ready", timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
