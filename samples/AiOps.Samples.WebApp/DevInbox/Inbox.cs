using System.Collections.Concurrent;

namespace AiOps.Samples.WebApp.DevInbox;

/// <summary>Keeps the last few hundred received messages in memory, newest first.</summary>
public sealed class Inbox
{
    private const int Capacity = 500;

    private readonly ConcurrentQueue<InboxItem> _items = new();

    /// <summary>Gets the received messages, newest first.</summary>
    public IReadOnlyList<InboxItem> Items => [.. _items.Reverse()];

    /// <summary>Adds a received message, dropping the oldest past the capacity.</summary>
    /// <param name="item">The message.</param>
    public void Add(InboxItem item)
    {
        _items.Enqueue(item);
        while (_items.Count > Capacity && _items.TryDequeue(out _))
        {
        }
    }
}
