using AiOps.Notifications;
using AiOps.Samples.WebApp.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AiOps.Samples.WebApp.Tests.Browser;

/// <summary>One sample host and one headless Chromium shared by every browser test of a class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private SampleHost? _host;
    private IBrowser? _browser;

    public string BaseUrl => Host.BaseUrl;

    internal SampleHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>Gets the incident seeded with a diagnosis, for the detail page.</summary>
    public string IncidentId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath}. Install it with " +
                "'apt-get update && apt-get install -y chromium' (CI does this in .ci/run).");
        }

        _host = await SampleHost.StartAsync();
        IncidentId = await SeedAsync(_host);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private static async Task<string> SeedAsync(SampleHost host)
    {
        using var firing = await host.PostFileAsync("/aiops/api/ingest/alertmanager", "alertmanager-firing.json");
        firing.EnsureSuccessStatusCode();

        var incidents = host.App.Services.GetRequiredService<IIncidentManager>();
        var incident = await incidents.ReportAsync(
            new IncidentReport
            {
                Title = "<script>alert('x')</script> Payment latency above 2 s",
                Message = "p99 latency of payments is 2.4 s",
                Component = "payments",
                Category = "latency",
                Level = IncidentLevel.Critical,
            },
            TestContext.Current.CancellationToken);
        await incidents.AttachDiagnosisAsync(
            incident.Id,
            new Diagnosis
            {
                ProbableCause = "Connection pool exhausted", AgentName = "log-analyst", Confidence = 0.8,
                SolutionSteps = ["Raise the pool size", "Restart the payments service"],
            },
            TestContext.Current.CancellationToken);
        return incident.Id;
    }
}
