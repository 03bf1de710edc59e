using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace AiOps.Samples.WebApp.Tests.Support;

/// <summary>The sample host on real free ports: Kestrel, its development SMTP server, a SQLite file in a temp folder.</summary>
internal sealed class SampleHost : IAsyncDisposable
{
    private readonly string _folder;

    private SampleHost(WebApplication app, string baseUrl, string folder)
    {
        App = app;
        BaseUrl = baseUrl;
        _folder = folder;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public WebApplication App { get; }

    public string BaseUrl { get; }

    public HttpClient Client { get; }

    public static async Task<SampleHost> StartAsync(Dictionary<string, string?>? overrides = null)
    {
        var folder = Directory.CreateTempSubdirectory("aiops-sample-").FullName;
        var app = Build(folder, overrides, out var baseUrl);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new SampleHost(app, baseUrl, folder);
    }

    public static WebApplication Build(string folder, Dictionary<string, string?>? overrides, out string baseUrl)
    {
        var httpPort = FreePort();
        var smtpPort = FreePort();
        var url = $"http://127.0.0.1:{httpPort}";
        var settings = new Dictionary<string, string?>
        {
            ["AiOps:DashboardUrl"] = url + "/aiops",
            ["AiOps:Sqlite:DatabasePath"] = Path.Combine(folder, "aiops.db"),
            ["AiOps:Channels:email:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AiOps:Channels:webhook:Url"] = url + "/dev/webhook",
            ["AiOps:Delivery:RetryBaseDelay"] = "00:00:00.050",
            ["DevInbox:SmtpPort"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        baseUrl = url;
        return SampleApp.Build([], builder =>
        {
            builder.WebHost.UseUrls(url);
            builder.Configuration.AddInMemoryCollection(settings);
        });
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task<HttpResponseMessage> PostFileAsync(string path, string sampleFile)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "data", sampleFile));
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return await Client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    /// <summary>Polls a JSON endpoint until the condition holds or 20 seconds pass.</summary>
    public async Task<JsonElement> WaitForJsonAsync(string path, Func<JsonElement, bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (true)
        {
            var json = await Client.GetFromJsonAsync<JsonElement>(path, timeout.Token);
            if (condition(json))
            {
                return json;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
