namespace AiOps.Notifications.Slack.Internal;

/// <summary>The message body after the limits were applied, or why the rendered template is not a message.</summary>
internal sealed record SlackShapeResult(string? Json, bool Shortened, string? Error);
