using MimeKit;

namespace AiOps.Notifications.Email.Tests.Infrastructure;

/// <summary>A message as the test SMTP server received it.</summary>
internal sealed record ReceivedMail(MimeMessage Message, string Raw, IReadOnlyList<string> EnvelopeRecipients);
