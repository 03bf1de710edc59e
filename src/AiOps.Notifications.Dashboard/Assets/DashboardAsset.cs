namespace AiOps.Notifications.Dashboard.Assets;

/// <summary>One embedded file: its bytes, content type and a short content hash used as version and ETag.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="ContentType">The media type with charset.</param>
/// <param name="Version">The hash.</param>
internal sealed record DashboardAsset(byte[] Content, string ContentType, string Version);
