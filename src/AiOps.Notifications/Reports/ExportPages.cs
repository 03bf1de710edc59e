using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CsvHelper;

namespace AiOps.Notifications.Reports;

/// <summary>Pages through a store with a keyset cursor and writes each page before reading the next.</summary>
internal sealed class ExportPages<T>(
    Func<ExportCursor?, CancellationToken, Task<IReadOnlyList<T>>> readPage,
    Func<T, ExportCursor> cursorOf,
    int pageSize)
{
    public async Task<int> WriteJsonAsync(Stream output, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        // JsonSerializer flushes its writer synchronously after each item, which a server's response stream
        // refuses: items are written to memory, and each page goes to the output in one asynchronous write.
        var buffer = new ArrayBufferWriter<byte>();
        var json = new Utf8JsonWriter(buffer);
        await using var jsonScope = json.ConfigureAwait(false);
        json.WriteStartArray();
        var count = await ForEachPageAsync(
            async page =>
            {
                foreach (var item in page)
                {
                    JsonSerializer.Serialize(json, item, typeInfo);
                }

                await CopyAsync(json, buffer, output, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        json.WriteEndArray();
        await CopyAsync(json, buffer, output, cancellationToken).ConfigureAwait(false);
        return count;
    }

    public async Task<int> WriteCsvAsync(
        Stream output,
        CsvWriterOptions options,
        string[] header,
        Action<CsvWriter, T> writeRow,
        CancellationToken cancellationToken)
    {
        // The CSV writer empties its buffer synchronously as rows grow, which a server's response stream refuses:
        // rows are written to memory, and each page goes to the output in one asynchronous write.
        using var buffer = new MemoryStream();
        var csv = CsvWriter.Create(buffer, options, leaveOpen: true);
        await using var csvScope = csv.ConfigureAwait(false);
        ReportCsv.WriteHeader(csv, header);
        var count = await ForEachPageAsync(
            async page =>
            {
                foreach (var item in page)
                {
                    writeRow(csv, item);
                }

                await CopyAsync(csv, buffer, output, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        await CopyAsync(csv, buffer, output, cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static async Task CopyAsync(
        CsvWriter csv, MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken)
            .ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        buffer.SetLength(0);
    }

    private static async Task CopyAsync(
        Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream output, CancellationToken cancellationToken)
    {
        json.Flush();
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        buffer.ResetWrittenCount();
    }

    private async Task<int> ForEachPageAsync(
        Func<IReadOnlyList<T>, Task> writePage, CancellationToken cancellationToken)
    {
        var count = 0;
        ExportCursor? after = null;
        while (true)
        {
            var page = await readPage(after, cancellationToken).ConfigureAwait(false);
            if (page.Count > 0)
            {
                await writePage(page).ConfigureAwait(false);
                count += page.Count;
                after = cursorOf(page[^1]);
            }

            if (page.Count < pageSize)
            {
                return count;
            }
        }
    }
}
