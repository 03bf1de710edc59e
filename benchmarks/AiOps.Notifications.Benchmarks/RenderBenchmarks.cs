using AiOps.Notifications.Channels;
using AiOps.Notifications.Templates;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Benchmarks;

/// <summary>
/// Renders the in-memory channel's template for the publish benchmark's notification: the share of
/// <see cref="PublishBenchmarks"/> that is the rendered text itself.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private FluidTemplateRenderer _renderer = null!;
    private TemplateModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        var definition = new TemplateDefinition(
            InMemoryChannel.ChannelKind, TemplateDefinition.AnyType, "text",
            InMemoryChannelBuilderExtensions.DefaultTemplate, TemplateEncoders.PlainText);
        var catalog = new TemplateCatalog([definition], Options.Create(new AiOpsNotificationsOptions()));
        _renderer = new FluidTemplateRenderer(catalog, [], TimeProvider.System);
        _model = new TemplateModel
        {
            Notification = new Notification
            {
                Id = "ntf_0193a1c2d3e4f5a6b7c8d9e0f1a2b3c4",
                Type = NotificationTypes.Test,
                Title = "Benchmark notification",
                Priority = NotificationPriority.High,
                CreatedAt = DateTimeOffset.UnixEpoch,
            },
        };
    }

    [Benchmark]
    public ValueTask<IReadOnlyDictionary<string, string>> RenderInMemoryTemplate() =>
        _renderer.RenderAsync(InMemoryChannel.ChannelKind, _model);
}
