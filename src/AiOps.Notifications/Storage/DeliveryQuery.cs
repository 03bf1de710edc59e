namespace AiOps.Notifications.Storage;

/// <summary>Filters and paging for listing deliveries across incidents, newest first.</summary>
public sealed record DeliveryQuery
{
    /// <summary>Gets the channel, or <see langword="null"/> for all channels.</summary>
    public string? Channel { get; init; }

    /// <summary>Gets the status, or <see langword="null"/> for all.</summary>
    public DeliveryStatus? Status { get; init; }

    /// <summary>Gets the earliest creation time, inclusive, or <see langword="null"/>.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Gets the latest creation time, exclusive, or <see langword="null"/>.</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Gets how many to skip.</summary>
    public int Skip { get; init; }

    /// <summary>Gets the page size.</summary>
    /// <value>Defaults to 50.</value>
    public int Take { get; init; } = 50;
}
