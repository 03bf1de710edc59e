using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace AiOps.Samples.WebApp.Tests.Browser;

/// <summary>A page in its own browser context, with the console errors seen so far.</summary>
internal sealed class OpenedPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ConcurrentBag<string> Errors { get; } = [];

    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        Assert.True(response?.Ok, $"GET {path} answered {response?.Status}.");
    }

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
