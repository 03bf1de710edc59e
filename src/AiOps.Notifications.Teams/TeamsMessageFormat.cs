namespace AiOps.Notifications.Teams;

/// <summary>The body format a Teams channel posts.</summary>
public enum TeamsMessageFormat
{
    /// <summary>An Adaptive Card inside a <c>message</c> envelope, for Workflows (Power Automate) webhooks.</summary>
    AdaptiveCard = 0,

    /// <summary>A legacy <c>MessageCard</c>, for old Office 365 connector URLs.</summary>
    MessageCard = 1,
}
