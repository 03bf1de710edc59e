using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications;

/// <summary>The bounded hand-over from incident detection to the diagnosis worker; never blocks the reporter.</summary>
internal sealed class DiagnosisQueue(IOptions<DiagnosisOptions> options)
{
    private readonly Channel<Incident> _channel = Channel.CreateBounded<Incident>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait, SingleReader = true,
        });

    public ChannelReader<Incident> Reader => _channel.Reader;

    public bool TryAdd(Incident incident) => _channel.Writer.TryWrite(incident);
}
