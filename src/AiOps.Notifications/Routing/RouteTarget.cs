namespace AiOps.Notifications.Routing;

/// <summary>One channel and recipient a notification goes to.</summary>
/// <param name="Channel">The channel name.</param>
/// <param name="Recipient">The recipient in the channel's terms; empty for the channel's default.</param>
public sealed record RouteTarget(string Channel, string Recipient);
