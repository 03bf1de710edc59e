namespace AiOps.Notifications.Slack.Tests.Infrastructure;

/// <summary>One request a receiver got.</summary>
internal sealed record ReceivedRequest(string Path, string Authorization, string? ContentType, string Body);
