using System.Net;
using AiOps.Notifications.Webhook.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StandardWebhooks;

namespace AiOps.Notifications.Webhook.Tests;

public sealed class WebhookChannelTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private WebhookReceiver _receiver = null!;

    [Fact]
    public async Task SendAsync_RealClock_SignatureVerifiesWithStandardWebhooksPackage()
    {
        var sut = CreateSut(_receiver.Url, TimeProvider.System);
        var message = TestMessages.Create("""{"title":"Zürich – 東京 😀"}""");

        var result = await sut.SendAsync(message, TestContext.Current.CancellationToken);
        var call = await _receiver.ReceiveAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Detail);
        var exception = Record.Exception(() => new StandardWebhook(TestMessages.Secret).Verify(call.Body, call.Headers));
        Assert.Null(exception);
    }

    [Fact]
    public async Task SendAsync_FakeClock_SignatureVerifiesWithOwnVerifier()
    {
        var sut = CreateSut(_receiver.Url);

        await sut.SendAsync(TestMessages.Create(), TestContext.Current.CancellationToken);
        var call = await _receiver.ReceiveAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            call.Headers["webhook-timestamp"].ToString());
        var verified = new StandardWebhookSigner(TestMessages.Secret).Verify(
            call.Headers["webhook-id"], call.Headers["webhook-timestamp"], call.Headers["webhook-signature"], call.Body, Now);
        Assert.True(verified);
    }

    [Fact]
    public async Task SendAsync_TamperedBody_FailsVerification()
    {
        var sut = CreateSut(_receiver.Url, TimeProvider.System);

        await sut.SendAsync(TestMessages.Create("""{"amount":1}"""), TestContext.Current.CancellationToken);
        var call = await _receiver.ReceiveAsync(TestContext.Current.CancellationToken);

        const string tampered = """{"amount":100}""";
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(TestMessages.Secret).Verify(tampered, call.Headers));
        Assert.False(new StandardWebhookSigner(TestMessages.Secret).Verify(call.Headers["webhook-id"],
            call.Headers["webhook-timestamp"], call.Headers["webhook-signature"], tampered, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task SendAsync_TwoAttempts_KeepTheDeliveryIdAndSetHeaders()
    {
        var sut = CreateSut(_receiver.Url);
        var message = TestMessages.Create(deliveryId: "dlv_77");

        var firstResult = await sut.SendAsync(message, TestContext.Current.CancellationToken);
        var secondResult = await sut.SendAsync(message with { AttemptNumber = 2 }, TestContext.Current.CancellationToken);
        var first = await _receiver.ReceiveAsync(TestContext.Current.CancellationToken);
        var second = await _receiver.ReceiveAsync(TestContext.Current.CancellationToken);

        Assert.True(firstResult.Succeeded && secondResult.Succeeded, firstResult.Detail + secondResult.Detail);
        Assert.Equal("dlv_77", first.Headers["webhook-id"].ToString());
        Assert.Equal("dlv_77", second.Headers["webhook-id"].ToString());
        Assert.StartsWith("application/json", first.Headers.ContentType.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("AiOps.Notifications/0.1.0", first.Headers.UserAgent.ToString(), StringComparison.Ordinal);
        Assert.Equal("team-ops", first.Headers["X-Api-Key"].ToString());
        Assert.StartsWith("v1,", first.Headers["webhook-signature"].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(410)]
    [InlineData(400)]
    public async Task SendAsync_ClientErrorAnswer_ReturnsPermanentWithBody(int status)
    {
        _receiver.StatusCode = status;
        _receiver.AnswerBody = "endpoint disabled by its owner";
        var sut = CreateSut(_receiver.Url);

        var result = await sut.SendAsync(TestMessages.Create(), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal("endpoint disabled by its owner", result.Detail);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task SendAsync_ThrottledOrUnavailable_ReturnsTransientWithRetryAfter(int status)
    {
        _receiver.StatusCode = status;
        _receiver.AnswerHeaders["Retry-After"] = "30";
        var sut = CreateSut(_receiver.Url);

        var result = await sut.SendAsync(TestMessages.Create(), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), result.RetryAfter);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task SendAsync_AnswerEchoesUrlAndHeaders_DetailHidesTheirSecrets(int status)
    {
        const string pathKey = "a1b2c3d4e5f6g7h8";
        const string token = "tok_9f8e7d6c5b4a";
        _receiver.StatusCode = status;
        _receiver.EchoRequest = true;
        var sut = CreateSut(new Uri(_receiver.Url, $"/hooks/{pathKey}?token={token}"));

        var result = await sut.SendAsync(TestMessages.Create(), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal("No hook at /hooks/***?token=*** for key ***", result.Detail);
    }

    [Fact]
    public async Task SendAsync_Redirect_IsNotFollowedAndIsPermanent()
    {
        _receiver.StatusCode = 307;
        _receiver.AnswerHeaders["Location"] = "http://127.0.0.1:1/elsewhere";
        var sut = CreateSut(_receiver.Url);

        var result = await sut.SendAsync(TestMessages.Create(), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(307, result.StatusCode);
    }

    [Fact]
    public async Task SendAsync_BodyIsNotJson_ReturnsPermanentWithoutCalling()
    {
        var sut = CreateSut(_receiver.Url);

        var result = await sut.SendAsync(TestMessages.Create("{\"broken\": "), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("JSON", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ClosedPort_ReturnsTransient()
    {
        var sut = CreateSut(new Uri($"http://127.0.0.1:{FreePort()}/hook"));

        var result = await sut.SendAsync(TestMessages.Create(), TestContext.Current.CancellationToken);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
        Assert.DoesNotContain(TestMessages.Secret, result.Detail ?? "", StringComparison.Ordinal);
    }

    public async ValueTask InitializeAsync() =>
        _receiver = await WebhookReceiver.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _receiver.DisposeAsync();

    private static WebhookChannel CreateSut(Uri url, TimeProvider? timeProvider = null)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(WebhookChannel.HttpClientName("webhook"))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        var factory = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        var options = new WebhookChannelOptions { Url = url, Secret = TestMessages.Secret, Headers = { ["X-Api-Key"] = "team-ops" } };
        return new WebhookChannel(
            "webhook", options, factory, timeProvider ?? new FakeTimeProvider(Now), NullLogger<WebhookChannel>.Instance);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
