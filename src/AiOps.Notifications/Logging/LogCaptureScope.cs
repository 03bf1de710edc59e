namespace AiOps.Notifications.Logging;

/// <summary>Marks the asynchronous flow that turns captured entries into incidents, so its own logs are ignored.</summary>
internal static class LogCaptureScope
{
    private static readonly AsyncLocal<bool> Active = new();

    public static bool IsCapturing => Active.Value;

    public static void Enter() => Active.Value = true;
}
