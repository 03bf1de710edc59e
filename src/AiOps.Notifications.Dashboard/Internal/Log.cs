using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Dashboard.Internal;

/// <summary>The dashboard's log messages; event ids 7000-7999.</summary>
internal static partial class Log
{
    [LoggerMessage(7000, LogLevel.Information, "AiOps dashboard mapped at {Prefix}")]
    public static partial void DashboardMapped(ILogger logger, string prefix);

    [LoggerMessage(7001, LogLevel.Debug,
        "A request from a non-local address was refused; give the dashboard an authorization policy to open it")]
    public static partial void RemoteRequestRefused(ILogger logger);

    [LoggerMessage(7002, LogLevel.Information,
        "A cross-site {Method} request to the AiOps dashboard was refused; a page on another site sent it")]
    public static partial void CrossSiteRequestRefused(ILogger logger, string method);

    [LoggerMessage(7010, LogLevel.Debug,
        "Alertmanager payload ingested: {Opened} opened, {Updated} updated, {Resolved} resolved, {Ignored} ignored")]
    public static partial void AlertmanagerIngested(ILogger logger, int opened, int updated, int resolved, int ignored);

    // Warning: Alertmanager does not resend a payload answered 400, so the alerts in it are lost.
    [LoggerMessage(7011, LogLevel.Warning, "Alertmanager payload rejected: {Reason}")]
    public static partial void AlertmanagerRejected(ILogger logger, string reason);

    [LoggerMessage(7012, LogLevel.Warning, "Alertmanager payload refused with 503: the delivery queue is full")]
    public static partial void AlertmanagerOverloaded(ILogger logger, Exception exception);

    [LoggerMessage(7013, LogLevel.Debug, "Inbound webhook dropped as a duplicate of a delivery already applied")]
    public static partial void IngestDuplicate(ILogger logger);

    [LoggerMessage(7015, LogLevel.Warning,
        "The live-update feed could not read the store; open pages are told of changes once it can again")]
    public static partial void ChangeFeedReadFailed(ILogger logger, Exception exception);

    [LoggerMessage(7020, LogLevel.Information, "An API request with an unknown or revoked API key was refused")]
    public static partial void ApiKeyRefused(ILogger logger);
}
