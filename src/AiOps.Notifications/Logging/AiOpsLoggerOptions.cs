using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Logging;

/// <summary>Settings of error-log capture, bound from <c>AiOps:LogCapture</c>.</summary>
public sealed class AiOpsLoggerOptions
{
    /// <summary>Gets or sets the lowest level that becomes an incident.</summary>
    /// <value>Defaults to <see cref="LogLevel.Error"/>; <see cref="LogLevel.Critical"/> narrows it.</value>
    public LogLevel MinimumLevel { get; set; } = LogLevel.Error;

    /// <summary>Gets the category prefixes to capture; empty captures every category.</summary>
    public IList<string> IncludeCategories { get; } = [];

    /// <summary>Gets the category prefixes never to capture, on top of the library's own categories.</summary>
    public IList<string> ExcludeCategories { get; } = [];

    /// <summary>Gets or sets how many entries may wait; past that the oldest is dropped and counted.</summary>
    /// <value>Defaults to 1000.</value>
    public int QueueCapacity { get; set; } = 1000;
}
