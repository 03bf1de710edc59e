using System.Security.Cryptography;

namespace AiOps.Notifications.Dashboard.Assets;

/// <summary>The embedded stylesheet and script, loaded once, each with a content hash for its version and ETag.</summary>
internal sealed class DashboardAssets
{
    private static readonly Lazy<DashboardAssets> Instance = new(() => new DashboardAssets());

    private DashboardAssets()
    {
        Stylesheet = Load("dashboard.css", "text/css; charset=utf-8");
        Script = Load("dashboard.js", "text/javascript; charset=utf-8");
        Icon = Load("favicon.svg", "image/svg+xml");
    }

    public static DashboardAssets Current => Instance.Value;

    public DashboardAsset Stylesheet { get; }

    public DashboardAsset Script { get; }

    public DashboardAsset Icon { get; }

    private static DashboardAsset Load(string name, string contentType)
    {
        var resource = "AiOps.Notifications.Dashboard.Assets." + name;
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);

        var bytes = buffer.ToArray();
        return new DashboardAsset(bytes, contentType, Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]);
    }
}
