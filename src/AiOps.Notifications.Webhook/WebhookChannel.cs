using System.Globalization;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Webhook.Internal;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Webhook;

/// <summary>Posts notifications as signed JSON (Standard Webhooks) to one URL.</summary>
/// <remarks>Thread safe. The <c>webhook-id</c> is the delivery id, so it stays the same on every retry.</remarks>
internal sealed class WebhookChannel : INotificationChannel
{
    /// <summary>The channel kind that selects the webhook templates.</summary>
    public const string ChannelKind = "webhook";

    private const int MaxAnswerBytes = 4096;
    private static readonly ProductInfoHeaderValue UserAgent = new("AiOps.Notifications", ReadVersion());

    private readonly WebhookChannelOptions _options;
    private readonly StandardWebhookSigner _signer;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    public WebhookChannel(
        string name,
        WebhookChannelOptions options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<WebhookChannel> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Url);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);

        Name = name;
        _options = options;
        _signer = new StandardWebhookSigner(options.Secret);
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
        _logger = logger;
        _redactor = WebhookSecrets.Redactor(options);
    }

    public string Name { get; }

    public string Kind => ChannelKind;

    public int? GroupLimit => _options.GroupLimit;

    public int? Concurrency => _options.Concurrency;

    /// <summary>Gets the name of the <see cref="HttpClient"/> a channel uses.</summary>
    /// <param name="channelName">The channel name.</param>
    /// <returns>The client name.</returns>
    public static string HttpClientName(string channelName) => "AiOps.Notifications.Webhook." + channelName;

    public async Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        // Receivers may echo the URL or the headers they got; their secrets may reach no record nor log.
        var result = _redactor.Redact(await TrySendAsync(message, cancellationToken).ConfigureAwait(false));

        if (result.Succeeded)
        {
            Log.Delivered(_logger, Name, message.Delivery.Id, result.StatusCode);
        }
        else
        {
            Log.Failed(_logger, Name, message.Delivery.Id, result.Outcome, result.StatusCode);
        }

        return result;
    }

    private async Task<DeliveryResult> TrySendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        if (!message.Content.TryGetValue("body", out var body) || !IsJson(body))
        {
            return DeliveryResult.Permanent("The template part 'body' did not render a valid JSON document.");
        }

        using var timeout = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = CreateRequest(message.Delivery.Id, body);
            var client = _httpClientFactory.CreateClient(HttpClientName(Name));
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token)
                .ConfigureAwait(false);
            var answer = await ReadAnswerAsync(response, linked.Token).ConfigureAwait(false);
            return HttpDeliveryResults.FromResponse(response, answer, _timeProvider);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested
            && !cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Transient($"Timed out after {_options.Timeout}.");
        }
        catch (ArgumentException invalid)
        {
            return DeliveryResult.Permanent("The call could not be signed: " + invalid.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HttpDeliveryResults.FromException(exception);
        }
    }

    private HttpRequestMessage CreateRequest(string deliveryId, string body)
    {
        var now = _timeProvider.GetUtcNow();
        var request = new HttpRequestMessage(HttpMethod.Post, _options.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        foreach (var (header, value) in _options.Headers)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        request.Headers.UserAgent.Add(UserAgent);
        request.Headers.Add("webhook-id", deliveryId);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", _signer.Sign(deliveryId, now, body));
        return request;
    }

    // Only the start of the answer is kept: it goes into the delivery record, shortened.
    private static async Task<string> ReadAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxAnswerBytes];
            var total = 0;
            int read;
            while (total < buffer.Length
                && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return Encoding.UTF8.GetString(buffer, 0, total);
        }
    }

    private static bool IsJson(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string ReadVersion()
    {
        var version = typeof(WebhookChannel).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
