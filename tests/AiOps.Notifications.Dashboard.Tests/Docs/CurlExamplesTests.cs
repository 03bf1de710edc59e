using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Dashboard.Tests.Infrastructure;

namespace AiOps.Notifications.Dashboard.Tests.Docs;

/// <summary>Runs every <c>curl</c> line of docs/api.md, in order, against a test host; each must answer 2xx.</summary>
public sealed partial class CurlExamplesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiDoc_EveryCurlExample_Answers2xx()
    {
        await using var sut = await DashboardTestHost.StartAsync(new()
        {
            // The sample host has an "email" channel; the test host stands in an in-memory one of that name.
            ConfigureNotifications = n => n.AddInMemoryChannel(new InMemoryChannel("email")),
        });
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = BashLines(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "api.md")));
        var ran = 0;

        foreach (var line in lines)
        {
            ran += await RunLineAsync(sut.Client, line, variables) ? 1 : 0;
        }

        Assert.True(ran >= 24, $"Only {ran} curl examples were found in docs/api.md.");
    }

    private static async Task<bool> RunLineAsync(HttpClient client, string line, Dictionary<string, string> variables)
    {
        if (CaptureLine().Match(line) is { Success: true } capture)
        {
            var body = await CurlAsync(client, capture.Groups["curl"].Value, variables);
            variables[capture.Groups["name"].Value] = JqPath(body, capture.Groups["path"].Value);
            return true;
        }

        if (AssignLine().Match(line) is { Success: true } assign)
        {
            variables[assign.Groups["name"].Value] = assign.Groups["value"].Value;
            return false;
        }

        await CurlAsync(client, line, variables);
        return true;
    }

    private static async Task<string> CurlAsync(
        HttpClient client, string line, IReadOnlyDictionary<string, string> variables)
    {
        var words = ShellLine.Split(line, variables);
        Assert.Equal("curl", words[0]);
        var method = "GET";
        string? url = null;
        string? body = null;
        var headers = new List<(string, string)>();
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-sS" or "-s" or "-S" or "-f":
                    break;
                case "-X":
                    method = words[++i];
                    break;
                case "-H":
                    var header = words[++i];
                    var colon = header.IndexOf(':', StringComparison.Ordinal);
                    headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d" or "--data":
                    body = ReadData(words[++i]);
                    method = method == "GET" ? "POST" : method;
                    break;
                default:
                    url = words[i];
                    break;
            }
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url!).PathAndQuery);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = null;
        }

        foreach (var (name, value) in headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content!.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
            }
        }

        using var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{line}\n→ {(int)response.StatusCode}: {text}");
        return text;
    }

    private static string ReadData(string value) =>
        value.StartsWith('@')
            ? File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SampleData", Path.GetFileName(value[1..])))
            : value;

    private static string JqPath(string json, string path)
    {
        var element = JsonDocument.Parse(json).RootElement;
        foreach (Match step in JqStep().Matches(path))
        {
            element = step.Groups["index"].Success
                ? element.GetProperty(step.Groups["name"].Value)[
                    int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)]
                : element.GetProperty(step.Groups["name"].Value);
        }

        return element.GetString()!;
    }

    private static List<string> BashLines(string markdown) =>
    [
        .. BashBlock().Matches(markdown)
            .SelectMany(block => block.Groups["body"].Value.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0),
    ];

    [GeneratedRegex(@"```bash\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"^(?<name>[A-Z_]+)=\$\((?<curl>curl .*) \| jq -r (?<path>\S+)\)$")]
    private static partial Regex CaptureLine();

    [GeneratedRegex(@"^(?<name>[A-Z_]+)=(?<value>[^$(\s]+)$")]
    private static partial Regex AssignLine();

    [GeneratedRegex(@"\.(?<name>[A-Za-z]+)(\[(?<index>\d+)\])?")]
    private static partial Regex JqStep();
}
