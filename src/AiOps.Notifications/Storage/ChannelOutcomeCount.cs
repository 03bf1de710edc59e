namespace AiOps.Notifications.Storage;

/// <summary>How many delivery attempts on one channel ended with one outcome.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Count">The count.</param>
public sealed record ChannelOutcomeCount(string Channel, AttemptOutcome Outcome, int Count);
