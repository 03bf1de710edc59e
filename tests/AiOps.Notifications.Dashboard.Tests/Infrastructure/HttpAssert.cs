using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>Reads and checks HTTP answers.</summary>
internal static class HttpAssert
{
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await JsonAsync(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>Checks a 400 HTML page showing the message, HTML-encoded, inside the form; returns the page.</summary>
    public static async Task<string> FormFailedPageAsync(HttpResponseMessage response, string form, string message)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<p class=\"form-error\" id=\"{form}-error\">{HtmlEncoder.Default.Encode(message)}</p>", html, StringComparison.Ordinal);
        return html;
    }

    /// <summary>Checks a 404 HTML page saying "{noun} not found" for the id, and returns the page.</summary>
    public static async Task<string> NotFoundPageAsync(HttpResponseMessage response, string noun, string id)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>{noun} not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<code>{id}</code>", html, StringComparison.Ordinal);
        return html;
    }
}
