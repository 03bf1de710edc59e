using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Ingest;

/// <summary>Reads a request body into memory, refusing bodies above a limit on any server.</summary>
internal static class BoundedBody
{
    /// <summary>Reads the body; <see langword="null"/> when it exceeds <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
