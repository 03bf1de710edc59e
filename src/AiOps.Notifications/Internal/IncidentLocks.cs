namespace AiOps.Notifications.Internal;

/// <summary>The one lock per incident fingerprint that every change to an incident and its escalation takes.</summary>
internal sealed class IncidentLocks
{
    private readonly StripedLock _locks = new(128);

    public ValueTask<StripedLock.Releaser> AcquireAsync(string fingerprint, CancellationToken cancellationToken) =>
        _locks.AcquireAsync(fingerprint, cancellationToken);
}
