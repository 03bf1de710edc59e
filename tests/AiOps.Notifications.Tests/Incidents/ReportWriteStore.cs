using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Tests.Incidents;

/// <summary>
/// Forwards every store call, refusing one whose token is cancelled as a database store does, and records the
/// writes made with one report's token; it can cancel that token once the first of them is handed over.
/// </summary>
public class ReportWriteStore : DispatchProxy
{
    private static readonly HashSet<string> WriteNames =
    [
        nameof(INotificationStore.SaveIncidentAsync),
        nameof(INotificationStore.AddNotificationAsync),
        nameof(INotificationStore.SaveEscalationAsync),
        nameof(INotificationStore.OpenIncidentAsync),
    ];

    private readonly ConcurrentQueue<string> _writes = new();
    private INotificationStore _inner = null!;
    private CancellationTokenSource _report = null!;
    private bool _cancelAfterWrite;

    public INotificationStore Proxy { get; private set; } = null!;

    /// <summary>Gets the names of the writes made with the report's token, in order.</summary>
    public IReadOnlyList<string> Writes => [.. _writes];

    public static ReportWriteStore Over(
        INotificationStore inner, CancellationTokenSource report, bool cancelAfterWrite = false)
    {
        var proxy = Create<INotificationStore, ReportWriteStore>();
        var store = (ReportWriteStore)(object)proxy;
        store._inner = inner;
        store._report = report;
        store._cancelAfterWrite = cancelAfterWrite;
        store.Proxy = proxy;
        return store;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var token = args?.OfType<CancellationToken>().LastOrDefault() ?? default;
        token.ThrowIfCancellationRequested();

        var result = Forward(targetMethod, args);
        if (token == _report.Token && WriteNames.Contains(targetMethod.Name))
        {
            _writes.Enqueue(targetMethod.Name);
            if (_cancelAfterWrite)
            {
                _report.Cancel();
            }
        }

        return result;
    }

    private object? Forward(MethodInfo targetMethod, object?[]? args)
    {
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(error.InnerException);
            throw;
        }
    }
}
