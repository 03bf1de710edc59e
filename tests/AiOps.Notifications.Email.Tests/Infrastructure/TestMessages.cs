using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Email.Tests.Infrastructure;

/// <summary>Hand-built channel messages for testing channels without the engine.</summary>
internal static class TestMessages
{
    public static ChannelMessage Create(
        string subject = "Disk almost full",
        string text = "The disk is 93% full.",
        string html = "<p>The disk is 93% full.</p>",
        string recipient = "",
        string deliveryId = "dlv-0001")
    {
        var now = new DateTimeOffset(2026, 12, 3, 8, 14, 30, TimeSpan.Zero);
        return new ChannelMessage
        {
            Delivery = new Delivery
            {
                Id = deliveryId, NotificationId = "ntf-0001", Channel = "email", Recipient = recipient, CreatedAt = now,
            },
            Notification = new Notification
            {
                Id = "ntf-0001", Type = NotificationTypes.IncidentDetected, Title = "Disk almost full", CreatedAt = now,
            },
            Content = new Dictionary<string, string> { ["subject"] = subject, ["text"] = text, ["html"] = html },
        };
    }
}
