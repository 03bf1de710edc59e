using AiOps.Notifications.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiOps.Notifications.Webhook.Tests.Infrastructure;

/// <summary>A host wired the way a real service is: AddAiOpsNotifications().AddWebhook().</summary>
internal static class WebhookHost
{
    public static IHost Build(Uri url)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiOps:DashboardUrl"] = "https://ops.example.test/aiops",
        });

        // Channel settings go through configure: the core's options reject an AiOps:Channels section for now.
        builder.Services.AddAiOpsNotifications().AddWebhook(configure: options =>
        {
            options.Url = url;
            options.Secret = TestMessages.Secret;
        });
        return builder.Build();
    }

    public static async Task<string> RenderBodyAsync(TemplateModel model)
    {
        using var host = Build(new Uri("http://127.0.0.1:9/hook"));
        var renderer = host.Services.GetRequiredService<ITemplateRenderer>();
        var parts = await renderer.RenderAsync("webhook", model, TestContext.Current.CancellationToken);
        return parts["body"];
    }
}
