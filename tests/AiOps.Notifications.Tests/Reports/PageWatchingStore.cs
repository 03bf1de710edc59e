using System.Reflection;
using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Tests.Reports;

/// <summary>Forwards every store call and records how much output existed each time an export page was read.</summary>
internal sealed class PageWatchingStore
{
    private PageWatchingStore()
    {
    }

    public static (INotificationStore Store, List<long> LengthsAtRead) Create(
        INotificationStore inner, Func<long> outputLength)
    {
        var proxy = DispatchProxy.Create<INotificationStore, Forwarder>();
        var forwarder = (Forwarder)(object)proxy;
        forwarder.Inner = inner;
        forwarder.OutputLength = outputLength;
        return (proxy, forwarder.LengthsAtRead);
    }

    /// <summary>The proxy behind the store interface.</summary>
    public class Forwarder : DispatchProxy
    {
        public INotificationStore Inner { get; set; } = null!;

        public Func<long> OutputLength { get; set; } = () => 0;

        public List<long> LengthsAtRead { get; } = [];

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(INotificationStore.GetIncidentPageAsync))
            {
                LengthsAtRead.Add(OutputLength());
            }

            return targetMethod.Invoke(Inner, args);
        }
    }
}
