namespace AiOps.Notifications.Channels;

/// <summary>Lists the channels added to the host, for dashboards and tools.</summary>
public interface IChannelCatalog
{
    /// <summary>Gets the channels in the order they were added.</summary>
    IReadOnlyList<ChannelInfo> Channels { get; }
}
