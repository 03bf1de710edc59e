using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace AiOps.Samples.WebApp.DevInbox;

/// <summary>Renders the development inbox as a plain HTML page; every received value is HTML-encoded.</summary>
internal static class InboxPage
{
    public static string Render(IReadOnlyList<InboxItem> items)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Development inbox</title>
            <style>
            body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;color:#1b1f24;background:#fff}
            @media (prefers-color-scheme:dark){body{color:#e6e8eb;background:#15181c}article{border-color:#3a4048}}
            article{border:1px solid #c9ced6;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}
            pre{white-space:pre-wrap;word-break:break-word}.ok{color:#116329}.bad{color:#b3261e}
            iframe{width:100%;min-height:20rem;border:1px solid #c9ced6;background:#fff}
            </style></head><body><main>
            <h1>Development inbox</h1>
            <p>Mail sent to the sample's SMTP server and webhook calls received by <code>/dev/webhook</code>.
            JSON: <a href="inbox.json">inbox.json</a>. Dashboard: <a href="../aiops">/aiops</a>.</p>
            """);
        if (items.Count == 0)
        {
            html.Append("<p>Nothing received yet.</p>");
        }

        foreach (var item in items)
        {
            html.Append(item.Kind == "mail" ? Mail(item) : Webhook(item));
        }

        return html.Append("</main></body></html>").ToString();
    }

    private static string Mail(InboxItem item) => $"""
        <article><h2>✉ {E(item.Subject)}</h2>
        <p>{Time(item)} · from {E(item.From)} to {E(string.Join(", ", item.To))}</p>
        <details><summary>Plain text</summary><pre>{E(item.Text)}</pre></details>
        <details open><summary>HTML</summary><iframe sandbox="" title="HTML body of {E(item.Subject)}" srcdoc="{E(item.Html)}"></iframe></details>
        </article>
        """;

    private static string Webhook(InboxItem item)
    {
        var verdict = item.SignatureValid == true
            ? "<span class=\"ok\">signature verified</span>"
            : $"<span class=\"bad\">signature NOT verified: {E(item.SignatureError)}</span>";
        var headers = string.Join("\n", item.Headers.Select(pair => $"{pair.Key}: {pair.Value}"));
        return $"""
            <article><h2>⇢ Webhook {E(item.Headers.GetValueOrDefault("webhook-id"))}</h2>
            <p>{Time(item)} · {verdict}</p>
            <details><summary>Headers</summary><pre>{E(headers)}</pre></details>
            <pre>{E(item.Body)}</pre></article>
            """;
    }

    private static string Time(InboxItem item) =>
        E(item.ReceivedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));

    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");
}
