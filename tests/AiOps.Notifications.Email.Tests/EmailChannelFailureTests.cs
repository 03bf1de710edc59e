using AiOps.Notifications.Email.Tests.Infrastructure;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;

namespace AiOps.Notifications.Email.Tests;

public sealed class EmailChannelFailureTests
{
    [Fact]
    public async Task SendAsync_ServerRejectsWith554_ReturnsPermanentWithCode()
    {
        await using var server = SmtpTestServer.Start(new SmtpResponse(SmtpReplyCode.TransactionFailed, "Rejected"));
        var sut = EmailChannelTests.CreateSut(server.Port);

        var result = await sut.SendAsync(TestMessages.Create(), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(554, result.StatusCode);
        Assert.Contains("Rejected", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ServerAnswers451_ReturnsTransientWithCode()
    {
        await using var server = SmtpTestServer.Start(new SmtpResponse((SmtpReplyCode)451, "Try later"));
        var sut = EmailChannelTests.CreateSut(server.Port);

        var result = await sut.SendAsync(TestMessages.Create(), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
        Assert.Equal(451, result.StatusCode);
    }

    [Fact]
    public async Task SendAsync_ClosedPort_ReturnsTransient()
    {
        var sut = EmailChannelTests.CreateSut(SmtpTestServer.FreePort());

        var result = await sut.SendAsync(TestMessages.Create(), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
        Assert.Contains("ConnectionRefused", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WrongPassword_ReturnsPermanentWithoutPassword()
    {
        await using var server = SmtpTestServer.Start(authenticator: new RejectingAuthenticator());
        var sut = EmailChannelTests.CreateSut(server.Port, o =>
        {
            o.UserName = "aiops";
            o.Password = "s3cr3t-Pa55word";
        });

        var result = await sut.SendAsync(TestMessages.Create(), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(535, result.StatusCode);
        Assert.DoesNotContain("s3cr3t-Pa55word", result.Detail, StringComparison.Ordinal);
    }

    private sealed class RejectingAuthenticator : IUserAuthenticator
    {
        public Task<bool> AuthenticateAsync(
            ISessionContext context, string user, string password, CancellationToken cancellationToken) =>
            Task.FromResult(false);
    }
}
