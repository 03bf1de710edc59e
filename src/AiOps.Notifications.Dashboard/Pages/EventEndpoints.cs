using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using AiOps.Notifications.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>
/// Maps <c>GET {prefix}/events</c>: Server-Sent Events telling open pages that the stored data changed.
/// </summary>
/// <remarks>
/// The stream reads the store every <see cref="PollInterval"/>, so it sees changes made by any instance of the
/// host, and sends a <c>change</c> event (data: the newest incident id) when the counts or the newest incident
/// differ; the page's script then fetches the page again and swaps the parts marked <c>data-live</c>.
/// </remarks>
internal static class EventEndpoints
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    public static void MapDashboardEvents(this RouteGroupBuilder group)
    {
        group.MapGet("/events", (HttpContext context, INotificationStore store, TimeProvider time) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.ServerSentEvents(WatchAsync(store, time, context.RequestAborted));
        });
    }

    private static async IAsyncEnumerable<SseItem<string>> WatchAsync(
        INotificationStore store, TimeProvider time, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = await SnapshotAsync(store, cancellationToken).ConfigureAwait(false);
        yield return new SseItem<string>(last.Newest ?? "", "ready") { ReconnectionInterval = PollInterval };

        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
            var next = await SnapshotAsync(store, cancellationToken).ConfigureAwait(false);
            if (next != last)
            {
                last = next;
                yield return new SseItem<string>(next.Newest ?? "", "change");
            }
        }
    }

    private static async Task<Snapshot> SnapshotAsync(INotificationStore store, CancellationToken cancellationToken)
    {
        var live = await store.GetLiveCountsAsync(cancellationToken).ConfigureAwait(false);
        var newest = await store.QueryIncidentsAsync(new IncidentQuery { Take = 1 }, cancellationToken)
            .ConfigureAwait(false);
        var first = newest.Items.Count > 0 ? newest.Items[0] : null;
        return new Snapshot(live, newest.Total, first?.Id, first?.LastSeenAt, first?.Status);
    }

    private sealed record Snapshot(
        LiveCounts Live, int Total, string? Newest, DateTimeOffset? LastSeen, IncidentStatus? Status);
}
