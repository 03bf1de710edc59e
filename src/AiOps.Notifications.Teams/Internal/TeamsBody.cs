namespace AiOps.Notifications.Teams.Internal;

/// <summary>The body to post, or why the rendered template is not a card.</summary>
internal sealed record TeamsBody(string? Json, bool Shortened, string? Error);
