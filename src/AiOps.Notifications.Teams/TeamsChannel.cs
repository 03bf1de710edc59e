using System.Net.Http.Headers;
using System.Text;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Teams.Internal;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Teams;

/// <summary>
/// Posts notifications to Microsoft Teams through a Workflows webhook (Adaptive Card) or a legacy connector.
/// </summary>
/// <remarks>Thread safe. A 2xx answer means "accepted": the workflow posts the card later.</remarks>
internal sealed class TeamsChannel : INotificationChannel
{
    /// <summary>The channel kind, which selects the Teams templates.</summary>
    public const string ChannelKind = "teams";

    /// <summary>The template part holding the Adaptive Card.</summary>
    public const string CardPart = "card";

    /// <summary>The template part holding the legacy MessageCard.</summary>
    public const string MessageCardPart = "messagecard";

    private readonly HttpClient _http;
    private readonly TeamsChannelOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    public TeamsChannel(string name, HttpClient http, TeamsChannelOptions options, TimeProvider timeProvider, ILogger logger)
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
        _redactor = Secrets.Redactor(options.WebhookUrl);
        Log.Configured(logger, name, options.Format, Secrets.Mask(options.WebhookUrl));
        if (IsLegacyConnector(options.WebhookUrl))
        {
            Log.LegacyConnector(logger, name, Secrets.Mask(options.WebhookUrl));
        }
    }

    public string Name { get; }

    public string Kind => ChannelKind;

    public int? GroupLimit => _options.GroupLimit;

    public int? Concurrency => _options.Concurrency;

    /// <inheritdoc />
    public ChannelRateLimit? RateLimit => new(_options.RateLimit, Burst: 1);

    public async Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var part = _options.Format == TeamsMessageFormat.MessageCard ? MessageCardPart : CardPart;
        var body = TeamsPayloadBuilder.Build(message.GetContent(part), _options);
        if (body.Json is null)
        {
            return Record(message, DeliveryResult.Permanent(body.Error!));
        }

        if (body.Shortened)
        {
            Log.Shortened(_logger, Name, message.Delivery.Id, _options.MaxBodyBytes);
        }

        try
        {
            return Record(message, await PostAsync(body.Json, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or TimeoutException)
        {
            return Record(message, HttpDeliveryResults.FromException(ex));
        }
    }

    internal static bool IsLegacyConnector(Uri? url) =>
        url?.Host.EndsWith(".webhook.office.com", StringComparison.OrdinalIgnoreCase) == true
        || string.Equals(url?.Host, "outlook.office.com", StringComparison.OrdinalIgnoreCase);

    private async Task<DeliveryResult> PostAsync(string json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.WebhookUrl)
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }),
        };
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return TeamsAnswers.From(response, answer, _timeProvider);
    }

    // Answers may echo the workflow URL, whose signature (sig) is the secret; it may reach no record nor log.
    private DeliveryResult Record(ChannelMessage message, DeliveryResult result)
    {
        result = _redactor.Redact(result);
        switch (result.Outcome)
        {
            case AttemptOutcome.Delivered or AttemptOutcome.Accepted:
                Log.Accepted(_logger, Name, message.Delivery.Id, result.StatusCode);
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
