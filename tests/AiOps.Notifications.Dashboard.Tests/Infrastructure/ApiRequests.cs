using System.Net.Http.Headers;
using System.Text;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>Sends JSON requests to the API.</summary>
internal static class ApiRequests
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> SendAsync(
        this HttpClient client,
        HttpMethod method,
        string url,
        string? json,
        params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
