namespace AiOps.Notifications.Reports;

/// <summary>One scheduled digest: when it fires, over which period, and where it goes. Bound from <c>AiOps:Digests</c>.</summary>
public sealed class DigestOptions
{
    /// <summary>Gets or sets the digest name, shown in its title.</summary>
    public string Name { get; set; } = "";

    /// <summary>Gets or sets the cron expression (five fields) of when it fires, in <see cref="TimeZone"/>.</summary>
    public string Cron { get; set; } = "";

    /// <summary>Gets or sets the time zone of <see cref="Cron"/> (IANA or Windows id).</summary>
    /// <value>Defaults to <c>UTC</c>.</value>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Gets the channel names to send it through; routing decides when empty.</summary>
    public IList<string> Channels { get; } = [];

    /// <summary>Gets or sets how far back the digest's report reaches from the firing time.</summary>
    /// <value>Defaults to one day.</value>
    public TimeSpan Period { get; set; } = TimeSpan.FromDays(1);
}
