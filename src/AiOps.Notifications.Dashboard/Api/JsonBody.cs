using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiOps.Notifications.Dashboard.Ingest;
using AiOps.Notifications.Dashboard.Internal;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Reads a JSON request body within a size limit; problems come back as answers, not exceptions.</summary>
internal static class JsonBody
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(
        HttpContext context, JsonTypeInfo<T> typeInfo, long limit, bool optional = false)
        where T : class, new()
    {
        var request = context.Request;
        if (optional && request.ContentLength is null or 0 && request.ContentType is null)
        {
            return (new T(), null);
        }

        // A command body must say it is JSON: a page on another site can send a form or text/plain body, or
        // none at all, without a CORS preflight, but not application/json.
        if (RefuseUnreadable(request, requireType: true) is { } refused)
        {
            return (null, refused);
        }

        var body = await ReadBytesAsync(request, limit, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return (null, DashboardProblems.TooLarge(limit));
        }

        if (optional && body.Length == 0)
        {
            return (new T(), null);
        }

        return Deserialize(body, typeInfo);
    }

    /// <summary>Returns whether the media type is <c>application/json</c> or <c>application/*+json</c>.</summary>
    /// <remarks>An absent type counts as JSON (inbound webhooks); parameters such as <c>text/plain; a=json</c>
    /// do not.</remarks>
    public static bool IsJson(string? contentType)
    {
        if (contentType is null)
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType is not { } type)
        {
            return false;
        }

        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Returns the 415 answer for a body not readable as JSON (compressed, other type), else null.</summary>
    /// <param name="request">The request.</param>
    /// <param name="requireType">
    /// Whether a body without <c>Content-Type</c> is refused (commands) rather than taken for JSON (inbound webhooks).
    /// </param>
    public static IResult? RefuseUnreadable(HttpRequest request, bool requireType)
    {
        if (RefuseEncoding(request) is { } encoded)
        {
            return encoded;
        }

        return (requireType && request.ContentType is null) || !IsJson(request.ContentType)
            ? DashboardProblems.UnsupportedMediaType()
            : null;
    }

    /// <summary>Returns the 415 answer for a body with a content encoding other than identity, or none.</summary>
    /// <remarks>A host that wants compressed bodies adds ASP.NET Core's request decompression, which decodes the
    /// body and removes the header before the endpoint runs.</remarks>
    private static IResult? RefuseEncoding(HttpRequest request)
    {
        const StringSplitOptions Tokens = StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries;
        foreach (var value in request.Headers.ContentEncoding)
        {
            foreach (var coding in (value ?? "").Split(',', Tokens))
            {
                if (!coding.Equals("identity", StringComparison.OrdinalIgnoreCase))
                {
                    // RFC 9110 §15.5.16: name the content codings that would have been accepted.
                    request.HttpContext.Response.Headers.AcceptEncoding = "identity";
                    return DashboardProblems.UnsupportedContentEncoding(coding);
                }
            }
        }

        return null;
    }

    /// <summary>Returns the JSON text of a body, without the UTF-8 byte order mark some clients put first.</summary>
    /// <remarks>Windows PowerShell 5 and writers on <c>Encoding.UTF8</c> send one; RFC 8259 §8.1 lets a parser
    /// ignore it. A signature still covers the body as received, mark included.</remarks>
    public static ReadOnlySpan<byte> WithoutByteOrderMark(byte[] body) =>
        body.AsSpan().StartsWith(Utf8Bom) ? body.AsSpan(Utf8Bom.Length) : body;

    public static async Task<byte[]?> ReadBytesAsync(
        HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        try
        {
            return await BoundedBody.ReadAsync(request, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    private static (T? Value, IResult? Problem) Deserialize<T>(byte[] body, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize(WithoutByteOrderMark(body), typeInfo);
            return value is null
                ? (null, Invalid(new() { ["$"] = ["The body must be a JSON object."] }))
                : (value, null);
        }
        catch (JsonException exception)
        {
            return (null, Invalid(JsonErrors.Describe(exception, typeInfo)));
        }
    }

    private static IResult Invalid(Dictionary<string, string[]> errors) =>
        DashboardProblems.Invalid("The request body is not valid", errors);
}
