namespace AiOps.Notifications.Channels;

/// <summary>What may be shown about a configured channel: its name and kind, never its settings.</summary>
/// <param name="Name">The channel name, unique in the host.</param>
/// <param name="Kind">The channel kind, which selects its templates, such as <c>email</c>.</param>
public sealed record ChannelInfo(string Name, string Kind);
