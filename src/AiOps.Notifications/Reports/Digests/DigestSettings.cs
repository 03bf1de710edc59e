namespace AiOps.Notifications.Reports;

/// <summary>The scheduled digests, bound from the <c>AiOps:Digests</c> list.</summary>
public sealed class DigestSettings
{
    /// <summary>Gets the digests.</summary>
    public IList<DigestOptions> Digests { get; } = [];
}
