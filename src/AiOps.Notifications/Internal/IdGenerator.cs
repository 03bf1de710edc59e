namespace AiOps.Notifications.Internal;

/// <summary>Creates time-ordered identifiers (UUID version 7) with a short type prefix.</summary>
internal sealed class IdGenerator(TimeProvider timeProvider)
{
    private const int GuidLength = 32;

    /// <summary>Creates an identifier such as <c>ntf_0193a1c2…</c>, in one string allocation.</summary>
    public string Create(string prefix)
    {
        var guid = Guid.CreateVersion7(timeProvider.GetUtcNow());
        return string.Create(prefix.Length + 1 + GuidLength, (prefix, guid), static (span, state) =>
        {
            state.prefix.CopyTo(span);
            span[state.prefix.Length] = '_';
            state.guid.TryFormat(span[(state.prefix.Length + 1)..], out _, "N");
        });
    }
}
