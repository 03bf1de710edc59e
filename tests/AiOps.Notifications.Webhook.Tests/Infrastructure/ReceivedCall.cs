using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Webhook.Tests.Infrastructure;

/// <summary>A call as the test receiver got it: the raw body and the headers.</summary>
internal sealed record ReceivedCall(string Body, IHeaderDictionary Headers);
