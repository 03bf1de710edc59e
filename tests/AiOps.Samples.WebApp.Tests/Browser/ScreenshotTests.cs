using Microsoft.Playwright;

namespace AiOps.Samples.WebApp.Tests.Browser;

/// <summary>
/// Takes the screenshots of docs/dashboard.md: light and dark, desktop and phone. They are written to the test
/// output folder; with AIOPS_UPDATE_SCREENSHOTS=1 they replace the committed ones under docs/images/.
/// </summary>
public sealed class ScreenshotTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("overview", "/aiops")]
    [InlineData("monitoring", "/aiops/monitoring")]
    [InlineData("settings", "/aiops/settings")]
    public async Task Page_LightDarkDesktopPhone_SavesFourScreenshots(string name, string path)
    {
        var folder = Folder();

        foreach (var (scheme, viewport, suffix) in Variants())
        {
            await using var opened = await BrowserPages.OpenAsync(fixture, viewport, scheme);
            await opened.GotoAsync(path);
            var file = Path.Combine(folder, $"dashboard-{name}-{suffix}.png");
            await opened.Page.ScreenshotAsync(new() { Path = file, FullPage = suffix.EndsWith("phone", StringComparison.Ordinal) });

            Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty.");
        }
    }

    private static IEnumerable<(ColorScheme, ViewportSize, string)> Variants() =>
    [
        (ColorScheme.Light, BrowserPages.Desktop, "light-desktop"),
        (ColorScheme.Dark, BrowserPages.Desktop, "dark-desktop"),
        (ColorScheme.Light, BrowserPages.Phone, "light-phone"),
        (ColorScheme.Dark, BrowserPages.Phone, "dark-phone"),
    ];

    private static string Folder()
    {
        if (Environment.GetEnvironmentVariable("AIOPS_UPDATE_SCREENSHOTS") != "1")
        {
            return Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "docs")))
        {
            dir = dir.Parent;
        }

        return Directory.CreateDirectory(Path.Combine(
            dir?.FullName ?? throw new InvalidOperationException("No docs folder above the test output."),
            "docs", "images")).FullName;
    }
}
