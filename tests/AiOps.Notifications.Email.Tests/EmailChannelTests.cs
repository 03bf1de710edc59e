using AiOps.Notifications.Email.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace AiOps.Notifications.Email.Tests;

public sealed class EmailChannelTests : IAsyncLifetime
{
    private readonly SmtpTestServer _server = SmtpTestServer.Start();

    [Fact]
    public async Task SendAsync_NonAsciiSubject_IsEncodedAndDecoded()
    {
        var sut = CreateSut(_server.Port);
        var message = TestMessages.Create(subject: "Zürich – 東京 is down");

        var result = await sut.SendAsync(message, TestContext.Current.CancellationToken);
        var mail = await _server.ReceiveAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(250, result.StatusCode);
        Assert.Equal("Zürich – 東京 is down", mail.Message.Subject);
        var rawSubject = mail.Raw.Split("\r\n").Single(l => l.StartsWith("Subject:", StringComparison.Ordinal));
        Assert.Contains("=?utf-8?", rawSubject, StringComparison.OrdinalIgnoreCase);
        Assert.True(rawSubject.All(char.IsAscii));
    }

    [Fact]
    public async Task SendAsync_TextAndHtml_ArriveAsMultipartAlternative()
    {
        var sut = CreateSut(_server.Port);
        var message = TestMessages.Create(text: "Plain body ü", html: "<p>HTML body ü</p>");

        await sut.SendAsync(message, TestContext.Current.CancellationToken);
        var mail = await _server.ReceiveAsync(TestContext.Current.CancellationToken);

        var alternative = Assert.IsType<MultipartAlternative>(mail.Message.Body);
        Assert.Equal("text/plain", alternative[0].ContentType.MimeType);
        Assert.Equal("text/html", alternative[1].ContentType.MimeType);
        Assert.Equal("Plain body ü", mail.Message.TextBody?.TrimEnd());
        Assert.Equal("<p>HTML body ü</p>", mail.Message.HtmlBody?.TrimEnd());
    }

    [Fact]
    public async Task SendAsync_DeliveryRecipientList_ReplacesDefaultRecipients()
    {
        var sut = CreateSut(_server.Port);
        var message = TestMessages.Create(recipient: "first@example.test, Second Person <second@example.test>");

        await sut.SendAsync(message, TestContext.Current.CancellationToken);
        var mail = await _server.ReceiveAsync(TestContext.Current.CancellationToken);

        var to = mail.Message.To.Mailboxes.Select(m => m.Address).ToList();
        Assert.Equal(["first@example.test", "second@example.test"], to);
        Assert.Equal("Second Person", mail.Message.To.Mailboxes.Last().Name);
        Assert.Contains("cc@example.test", mail.EnvelopeRecipients);
        Assert.DoesNotContain("ops@example.test", mail.EnvelopeRecipients);
    }

    [Fact]
    public async Task SendAsync_NoDeliveryRecipient_UsesDefaultToAndCc()
    {
        var sut = CreateSut(_server.Port);

        await sut.SendAsync(TestMessages.Create(), TestContext.Current.CancellationToken);
        var mail = await _server.ReceiveAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["ops@example.test", "dev@example.test"], mail.Message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("cc@example.test", Assert.Single(mail.Message.Cc.Mailboxes).Address);
        Assert.Equal(3, mail.EnvelopeRecipients.Count);
        Assert.Equal("AiOps Alerts", mail.Message.From.Mailboxes.Single().Name);
    }

    [Fact]
    public async Task SendAsync_SubjectWithLineBreaks_CannotInjectHeaders()
    {
        var sut = CreateSut(_server.Port);
        var message = TestMessages.Create(subject: "Disk full\r\nBcc: thief@evil.test\r\n\r\nbody\u0007");

        await sut.SendAsync(message, TestContext.Current.CancellationToken);
        var mail = await _server.ReceiveAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Disk full Bcc: thief@evil.test body", mail.Message.Subject);
        Assert.Empty(mail.Message.Bcc);
        Assert.DoesNotContain(mail.Message.Headers, h => h.Field.Equals("Bcc", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("thief@evil.test", mail.EnvelopeRecipients);
    }

    [Fact]
    public async Task SendAsync_Delivery_CarriesDeliveryIdHeaders()
    {
        var sut = CreateSut(_server.Port);

        await sut.SendAsync(TestMessages.Create(deliveryId: "dlv-42"), TestContext.Current.CancellationToken);
        var mail = await _server.ReceiveAsync(TestContext.Current.CancellationToken);

        Assert.Equal("dlv-42", mail.Message.Headers["X-AiOps-Delivery-Id"]);
        Assert.Equal("dlv-42@example.test", mail.Message.MessageId);
        Assert.Equal("auto-generated", mail.Message.Headers["Auto-Submitted"]);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), mail.Message.Date);
    }

    [Fact]
    public async Task SendAsync_InvalidDeliveryRecipient_ReturnsPermanent()
    {
        var sut = CreateSut(_server.Port);

        var result = await sut.SendAsync(TestMessages.Create(recipient: "not an address"), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("recipient", result.Detail, StringComparison.OrdinalIgnoreCase);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    internal static EmailChannel CreateSut(int port, Action<EmailChannelOptions>? configure = null)
    {
        var options = new EmailChannelOptions
        {
            Host = "127.0.0.1",
            Port = port,
            Security = SmtpSecurity.None,
            From = "AiOps Alerts <aiops@example.test>",
            To = { "ops@example.test", "dev@example.test" },
            Cc = { "cc@example.test" },
            Timeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        return new EmailChannel("email", options, time, NullLogger<EmailChannel>.Instance);
    }
}
