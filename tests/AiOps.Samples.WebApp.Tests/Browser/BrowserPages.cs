using Microsoft.Playwright;

namespace AiOps.Samples.WebApp.Tests.Browser;

/// <summary>Opens pages in fresh browser contexts and records every console error they log.</summary>
internal static class BrowserPages
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    public static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    /// <summary>Every page of the dashboard, by name, relative to the base URL; {id} is the seeded incident.</summary>
    public static IReadOnlyList<(string Name, string Path)> All(string incidentId) =>
    [
        ("overview", "/aiops"),
        ("monitoring", "/aiops/monitoring"),
        ("incidents", "/aiops/incidents"),
        ("incident", "/aiops/incidents/" + incidentId),
        ("notifications", "/aiops/notifications"),
        ("settings", "/aiops/settings"),
        ("reports", "/aiops/reports"),
    ];

    /// <summary>Opens a page in a fresh context; <paramref name="javaScript"/> false opens it as a browser with scripts off.</summary>
    public static async Task<OpenedPage> OpenAsync(
        BrowserFixture fixture, ViewportSize? viewport = null, ColorScheme scheme = ColorScheme.Light,
        bool javaScript = true)
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.BaseUrl, ViewportSize = viewport ?? Desktop, ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        var opened = new OpenedPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                opened.Errors.Add(message.Text + " at " + page.Url);
            }
        };
        page.PageError += (_, error) => opened.Errors.Add(error + " at " + page.Url);
        return opened;
    }
}
