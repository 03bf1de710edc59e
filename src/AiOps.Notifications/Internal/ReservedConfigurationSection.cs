namespace AiOps.Notifications.Internal;

/// <summary>A sub-section of the <c>AiOps</c> section that a package binds itself, such as <c>Sqlite</c>.</summary>
internal sealed record ReservedConfigurationSection(string Name);
