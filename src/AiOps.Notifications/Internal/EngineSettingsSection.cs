namespace AiOps.Notifications.Internal;

/// <summary>The configuration section the engine binds from, such as <c>AiOps</c>.</summary>
internal sealed record EngineSettingsSection(string Path);
