namespace AiOps.Notifications.Internal;

/// <summary>
/// Serialises work per key with a fixed set of semaphores, so memory stays flat however many keys
/// exist.
/// </summary>
internal sealed class StripedLock
{
    private readonly SemaphoreSlim[] _stripes;

    public StripedLock(int stripes = 64)
    {
        _stripes = new SemaphoreSlim[stripes];
        for (var i = 0; i < stripes; i++)
        {
            _stripes[i] = new SemaphoreSlim(1, 1);
        }
    }

    public async ValueTask<Releaser> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(StringComparer.Ordinal.GetHashCode(key) & int.MaxValue) % _stripes.Length];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(stripe);
    }

    public readonly struct Releaser(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
