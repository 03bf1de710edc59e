using System.Net;
using System.Text.RegularExpressions;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>Reads a page's antiforgery field and cookie, so a test can post its forms as a browser would.</summary>
internal static partial class PageForms
{
    public static async Task<List<KeyValuePair<string, string>>> ReadTokenAsync(DashboardTestHost sut, string url)
    {
        using var response = await sut.Client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            sut.Client.DefaultRequestHeaders.Remove("Cookie");
            sut.Client.DefaultRequestHeaders.Add("Cookie", cookies.Single().Split(';')[0]);
        }

        var match = TokenField().Match(html);
        Assert.True(match.Success, "The page has no antiforgery field.");
        return [new(match.Groups[1].Value, WebUtility.HtmlDecode(match.Groups[2].Value))];
    }

    public static async Task<HttpResponseMessage> PostAsync(
        DashboardTestHost sut, string pageUrl, string actionUrl, params (string Name, string Value)[] fields)
    {
        var form = await ReadTokenAsync(sut, pageUrl);
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await sut.Client.PostAsync(actionUrl, new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
