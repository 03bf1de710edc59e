using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AiOps.Samples.WebApp.Tests.Browser;

/// <summary>Every dashboard page in headless Chromium: loads cleanly, is accessible in both themes, fits a phone.</summary>
public sealed class DashboardBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [Fact]
    public async Task EveryPage_Loads_WithoutConsoleErrors()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture);

        foreach (var (_, path) in BrowserPages.All(fixture.IncidentId))
        {
            await opened.GotoAsync(path);
        }

        Assert.True(opened.Errors.IsEmpty, "Console errors:\n" + string.Join("\n", opened.Errors));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task EveryPage_Axe_FindsNoWcag21AaViolation(ColorScheme scheme)
    {
        await using var opened = await BrowserPages.OpenAsync(fixture, scheme: scheme);
        var report = new StringBuilder();

        foreach (var (name, path) in BrowserPages.All(fixture.IncidentId))
        {
            await opened.GotoAsync(path);
            await OpenDetailsAsync(opened.Page);
            var result = await opened.Page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            });
            Describe(report, name, result);
        }

        Assert.True(report.Length == 0, $"axe found violations ({scheme}):\n{report}");
    }

    [Fact]
    public async Task EveryPage_PhoneWidth_HasNoHorizontalScrolling()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture, BrowserPages.Phone);
        var wide = new List<string>();

        foreach (var (name, path) in BrowserPages.All(fixture.IncidentId))
        {
            await opened.GotoAsync(path);
            var overflow = await opened.Page.EvaluateAsync<int>(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                wide.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {overflow}px too wide"));
            }
        }

        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }

    private static async Task OpenDetailsAsync(IPage page) =>
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

    private static void Describe(StringBuilder report, string page, AxeResult result)
    {
        foreach (var violation in result.Violations)
        {
            report.Append(CultureInfo.InvariantCulture, $"{page}: {violation.Id} ({violation.Impact}) {violation.Help}\n");
            foreach (var node in violation.Nodes.Take(5))
            {
                report.Append(CultureInfo.InvariantCulture, $"    {node.Target}: {node.Html}\n");
            }
        }
    }
}
