using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AiOps.Notifications;
using AiOps.Notifications.Storage;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
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

    [Theory]
    [InlineData(ColorScheme.Dark, true)]
    [InlineData(ColorScheme.Light, false)]
    public async Task Overview_NoStoredTheme_FollowsTheSystemColorScheme(ColorScheme scheme, bool dark)
    {
        await using var opened = await BrowserPages.OpenAsync(fixture, scheme: scheme);

        await opened.GotoAsync("/aiops");

        Assert.Null(await opened.Page.EvaluateAsync<string?>("() => localStorage.getItem('aiops-theme')"));
        await Assertions.Expect(opened.Page.Locator("html")).Not.ToHaveAttributeAsync("data-theme", new Regex("."));
        var background = await opened.Page.EvaluateAsync<string>(
            "() => getComputedStyle(document.body).backgroundColor");
        Assert.True(IsDark(background) == dark, $"The {scheme} scheme gave the background {background}.");
    }

    [Fact]
    public async Task EveryPage_WithoutJavaScript_RendersItsMainContent()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture, javaScript: false);

        foreach (var (name, path) in BrowserPages.All(fixture.IncidentId))
        {
            await opened.GotoAsync(path);

            var heading = opened.Page.Locator("main h1");
            await Assertions.Expect(heading, $"{name} shows its heading").ToBeVisibleAsync();
            await Assertions.Expect(heading, $"{name} has a heading").ToHaveTextAsync(new Regex("\\S"));
            Assert.True(
                await opened.Page.Locator("main").Locator("table, p, dl, form").CountAsync() > 0,
                $"The {name} page shows nothing in its main part without JavaScript.");
        }
    }

    [Fact]
    public async Task Acknowledge_WithoutJavaScript_PostsTheFormAndShowsTheResult()
    {
        var incident = await fixture.Host.App.Services.GetRequiredService<IIncidentManager>().ReportAsync(
            new IncidentReport { Title = "Cache hit rate dropped", Component = "cache" },
            TestContext.Current.CancellationToken);
        await using var opened = await BrowserPages.OpenAsync(fixture, javaScript: false);
        await opened.GotoAsync("/aiops/incidents/" + incident.Id);

        await opened.Page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();

        await Assertions.Expect(opened.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("acknowledged");
        await Assertions.Expect(opened.Page.Locator("dl.facts > dt:text-is(\"Status\") + dd")).ToHaveTextAsync("Acknowledged");
        var store = fixture.Host.App.Services.GetRequiredService<INotificationStore>();
        Assert.NotNull((await store.FindIncidentAsync(incident.Id, TestContext.Current.CancellationToken))!.AcknowledgedAt);
    }

    [Fact]
    public async Task Overview_TabFromTheTop_ReachesSkipLinkThenNavLinksWithAVisibleFocus()
    {
        await using var opened = await BrowserPages.OpenAsync(fixture);
        await opened.GotoAsync("/aiops");
        var reached = new List<string>();

        for (var press = 0; press < 4 && !reached.Contains("Overview"); press++)
        {
            await opened.Page.Keyboard.PressAsync("Tab");
            var focused = await opened.Page.EvaluateAsync<FocusedElement>(FocusedScript);
            Assert.True(focused.Visible, $"'{focused.Text}' has focus but no visible focus style.");
            reached.Add(focused.Text);
        }

        Assert.Equal("Skip to content", reached[0]);
        Assert.Contains("Overview", reached);
        await Assertions.Expect(opened.Page.GetByRole(AriaRole.Navigation, new() { Name = "Dashboard" })
            .GetByRole(AriaRole.Link, new() { Name = "Overview", Exact = true })).ToBeFocusedAsync();
    }

    private const string FocusedScript = """
        () => {
          const e = document.activeElement, s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          return { text: e.textContent.trim(), visible: outline || s.boxShadow !== 'none' };
        }
        """;

    private sealed class FocusedElement
    {
        public string Text { get; set; } = "";

        public bool Visible { get; set; }
    }

    /// <summary>Tells whether a computed rgb() colour is dark, by its relative luminance.</summary>
    private static bool IsDark(string rgb)
    {
        var parts = Regex.Matches(rgb, "[0-9.]+").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        return (0.2126 * parts[0]) + (0.7152 * parts[1]) + (0.0722 * parts[2]) < 128;
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
