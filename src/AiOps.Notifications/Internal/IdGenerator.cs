namespace AiOps.Notifications.Internal;

/// <summary>Creates time-ordered identifiers (UUID version 7) with a short type prefix.</summary>
internal sealed class IdGenerator(TimeProvider timeProvider)
{
    public string Create(string prefix) =>
        prefix + "_" + Guid.CreateVersion7(timeProvider.GetUtcNow()).ToString("N");
}
