using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Webhook.Tests.Infrastructure;

/// <summary>Hand-built channel messages for testing the channel without the engine.</summary>
internal static class TestMessages
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    public static ChannelMessage Create(string body = """{"type":"incident.detected","data":{}}""", string deliveryId = "dlv_0001")
    {
        var now = new DateTimeOffset(2026, 12, 3, 8, 14, 30, TimeSpan.Zero);
        return new ChannelMessage
        {
            Delivery = new Delivery { Id = deliveryId, NotificationId = "ntf_0001", Channel = "webhook", CreatedAt = now },
            Notification = new Notification
            {
                Id = "ntf_0001", Type = NotificationTypes.IncidentDetected, Title = "Disk almost full", CreatedAt = now,
            },
            Content = new Dictionary<string, string> { ["body"] = body },
        };
    }
}
