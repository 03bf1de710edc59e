using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Slack.Internal;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Slack;

/// <summary>
/// Posts notifications to Slack through an incoming webhook or the Web API's <c>chat.postMessage</c>.
/// </summary>
/// <remarks>
/// Thread safe. Never throws for a failed delivery: every answer becomes a <see cref="DeliveryResult"/>.
/// </remarks>
internal sealed class SlackChannel : INotificationChannel
{
    /// <summary>The channel kind, which selects the Slack templates.</summary>
    public const string ChannelKind = "slack";

    /// <summary>The template part holding the whole JSON body.</summary>
    public const string PayloadPart = "payload";

    private readonly HttpClient _http;
    private readonly SlackChannelOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    public SlackChannel(
        string name, HttpClient http, SlackChannelOptions options, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);

        Name = name;
        _http = http;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _redactor = Secrets.Redactor(options);
        Log.Configured(
            logger, name, Mode, options.UsesWebApi ? Secrets.Mask(options.BotToken) : Secrets.Mask(options.WebhookUrl));
    }

    public string Name { get; }

    public string Kind => ChannelKind;

    public int? GroupLimit => _options.GroupLimit;

    public int? Concurrency => _options.Concurrency;

    /// <inheritdoc />
    public ChannelRateLimit? RateLimit => new(_options.RateLimit, Burst: 1);

    private string Mode => _options.UsesWebApi ? "chat.postMessage" : "incoming webhook";

    public async Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var shaped = SlackPayloadShaper.Shape(
            message.GetContent(PayloadPart), _options.MaxTextLength, _options.MaxBlocksTextLength);
        if (shaped.Json is null)
        {
            return Record(message, DeliveryResult.Permanent(shaped.Error!));
        }

        if (shaped.Shortened)
        {
            Log.Shortened(_logger, Name, message.Delivery.Id);
        }

        try
        {
            return Record(message, await PostAsync(message, shaped.Json, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or TimeoutException)
        {
            return Record(message, HttpDeliveryResults.FromException(ex));
        }
    }

    private async Task<DeliveryResult> PostAsync(ChannelMessage message, string json, CancellationToken cancellationToken)
    {
        using var request = _options.UsesWebApi ? CreateWebApiRequest(message, json) : CreateWebhookRequest(json);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return _options.UsesWebApi
            ? SlackAnswers.FromWebApi(response, body, _timeProvider)
            : SlackAnswers.FromWebhook(response, body, _timeProvider);
    }

    private HttpRequestMessage CreateWebhookRequest(string json) =>
        new(HttpMethod.Post, _options.WebhookUrl) { Content = JsonContent(json) };

    private HttpRequestMessage CreateWebApiRequest(ChannelMessage message, string json)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        var recipient = message.Delivery.Recipient;
        body["channel"] = string.IsNullOrWhiteSpace(recipient) ? _options.Channel : recipient.Trim();

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ApiBase(), "chat.postMessage"))
        {
            Content = JsonContent(body.ToJsonString(SlackPayloadShaper.Output)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.BotToken);
        return request;
    }

    private Uri ApiBase()
    {
        var text = _options.ApiBaseUrl.OriginalString;
        return text.EndsWith('/') ? _options.ApiBaseUrl : new Uri(text + "/");
    }

    private static StringContent JsonContent(string json) =>
        new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" });

    // Slack's answers may echo the webhook URL or the token; neither may reach the record or the log.
    private DeliveryResult Record(ChannelMessage message, DeliveryResult result)
    {
        result = _redactor.Redact(result);
        switch (result.Outcome)
        {
            case AttemptOutcome.Delivered or AttemptOutcome.Accepted:
                Log.Posted(_logger, Name, message.Delivery.Id, Mode);
                break;
            case AttemptOutcome.TransientFailure:
                Log.TransientFailure(_logger, Name, message.Delivery.Id, result.StatusCode, result.Detail);
                break;
            default:
                Log.PermanentFailure(_logger, Name, message.Delivery.Id, result.StatusCode, result.Detail);
                break;
        }

        return result;
    }
}
