using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace AiOps.Notifications.Benchmarks;

/// <summary>Weighs dashboard pages as a browser loads them: the HTML plus each stylesheet and script linked.</summary>
/// <remarks>Sizes are the bytes sent (the dashboard does not compress) and, for reference, their gzip size.</remarks>
internal static partial class PageWeights
{
    public const int TargetKilobytes = 150;

    /// <summary>Fetches each page and its assets and returns a Markdown table of their weights.</summary>
    public static async Task<string> MeasureAsync(HttpClient client, IEnumerable<string> pages)
    {
        var table = new StringBuilder()
            .AppendLine("| Page | HTML | Assets | Total | Total gzip | Target < 150 KB |")
            .AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var page in pages)
        {
            var html = await client.GetByteArrayAsync(page);
            var assets = new List<byte[]>();
            foreach (var asset in AssetUrls(Encoding.UTF8.GetString(html)))
            {
                assets.Add(await client.GetByteArrayAsync(asset));
            }

            var total = html.Length + assets.Sum(a => a.Length);
            var gzip = Gzip(html) + assets.Sum(Gzip);
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| `{page}` | {Kb(html.Length)} | {Kb(total - html.Length)} ({assets.Count} files) | {Kb(total)} "
                + $"| {Kb(gzip)} | {(total < TargetKilobytes * 1024 ? "met" : "**misses**")} |");
        }

        return table.ToString();
    }

    private static IEnumerable<string> AssetUrls(string html) =>
        AssetPattern().Matches(html).Select(match => System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value))
            .Distinct(StringComparer.Ordinal);

    private static int Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (int)buffer.Length;
    }

    private static string Kb(int bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB");

    [GeneratedRegex("""<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src|img[^>]+src)="(?<url>[^"]+)""")]
    private static partial Regex AssetPattern();
}
