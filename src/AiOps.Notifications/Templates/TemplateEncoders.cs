using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace AiOps.Notifications.Templates;

/// <summary>The escaping rules templates render with, one per medium.</summary>
public static class TemplateEncoders
{
    /// <summary>Gets the encoder for HTML: every value is HTML-encoded.</summary>
    public static TextEncoder Html { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// Gets the encoder for the inside of a JSON string: quotes, backslashes and control characters are
    /// escaped.
    /// </summary>
    /// <remarks>Write every value inside quotes: <c>"title": "{{ incident.title }}"</c>.</remarks>
    public static TextEncoder Json { get; } = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Gets the encoder for plain text: values are written as they are.</summary>
    public static TextEncoder PlainText { get; } = NullEncoder.Default;
}
