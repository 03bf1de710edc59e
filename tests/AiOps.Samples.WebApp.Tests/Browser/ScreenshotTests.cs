using Microsoft.Playwright;

namespace AiOps.Samples.WebApp.Tests.Browser;

/// <summary>
/// Takes the screenshots of docs/dashboard.md: every page light and dark at desktop width, the overview and an
/// incident light and dark at phone width. They are written to the test output folder; with
/// AIOPS_UPDATE_SCREENSHOTS=1 they replace the committed ones under docs/images/.
/// </summary>
public sealed class ScreenshotTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // A phone page is captured from the top down to this height, which keeps the images small.
    private const int PhoneHeight = 2600;

    [Theory]
    [InlineData("overview", true)]
    [InlineData("incidents", false)]
    [InlineData("incident", true)]
    [InlineData("monitoring", false)]
    [InlineData("notifications", false)]
    [InlineData("reports", false)]
    [InlineData("settings", false)]
    public async Task Page_LightAndDark_SavesScreenshots(string name, bool phone)
    {
        var folder = Folder();
        var path = BrowserPages.All(fixture.IncidentId).Single(p => p.Name == name).Path;

        foreach (var (scheme, viewport, suffix) in Variants(phone))
        {
            await using var opened = await BrowserPages.OpenAsync(fixture, viewport, scheme);
            await opened.GotoAsync(path);
            var file = Path.Combine(folder, $"dashboard-{name}-{suffix}.png");
            await opened.Page.ScreenshotAsync(Options(file, viewport));

            Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty.");
        }
    }

    private static PageScreenshotOptions Options(string file, ViewportSize viewport) =>
        viewport.Width == BrowserPages.Phone.Width
            ? new() { Path = file, FullPage = true, Clip = new() { X = 0, Y = 0, Width = viewport.Width, Height = PhoneHeight } }
            : new() { Path = file };

    private static IEnumerable<(ColorScheme, ViewportSize, string)> Variants(bool phone)
    {
        yield return (ColorScheme.Light, BrowserPages.Desktop, "light-desktop");
        yield return (ColorScheme.Dark, BrowserPages.Desktop, "dark-desktop");
        if (phone)
        {
            yield return (ColorScheme.Light, BrowserPages.Phone, "light-phone");
            yield return (ColorScheme.Dark, BrowserPages.Phone, "dark-phone");
        }
    }

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
