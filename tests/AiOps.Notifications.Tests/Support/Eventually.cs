namespace AiOps.Notifications.Tests.Support;

/// <summary>Waits for what background work makes true, polling, with a limit so a broken test fails instead of hanging.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public static Task TrueAsync(Func<bool> condition) => TrueAsync(() => Task.FromResult(condition()));

    public static async Task TrueAsync(Func<Task<bool>> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Limit);
        while (!await condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
