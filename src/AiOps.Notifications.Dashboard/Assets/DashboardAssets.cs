using System.Security.Cryptography;

namespace AiOps.Notifications.Dashboard.Assets;

/// <summary>The embedded stylesheet, loaded once, with a content hash for its version and ETag.</summary>
internal sealed class DashboardAssets
{
    private const string StylesheetResource = "AiOps.Notifications.Dashboard.Assets.dashboard.css";

    private static readonly Lazy<DashboardAssets> Instance = new(Load);

    private DashboardAssets(byte[] stylesheet, string version)
    {
        Stylesheet = stylesheet;
        Version = version;
    }

    public static DashboardAssets Current => Instance.Value;

    public byte[] Stylesheet { get; }

    /// <summary>Gets a short hash of the stylesheet, used in its URL and as its ETag.</summary>
    public string Version { get; }

    private static DashboardAssets Load()
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream(StylesheetResource)
            ?? throw new InvalidOperationException($"The embedded resource '{StylesheetResource}' is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);

        var bytes = buffer.ToArray();
        var version = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        return new DashboardAssets(bytes, version);
    }
}
