using AiOps.Notifications.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiOps.Notifications.Email.Tests.Infrastructure;

/// <summary>A host wired the way a real service is: AddAiOpsNotifications().AddEmail() from configuration.</summary>
internal static class EmailHost
{
    public static IHost Build(int smtpPort, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiOps:DashboardUrl"] = "https://ops.example.test/aiops",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // Channel settings go through configure: the core's options reject an AiOps:Channels section for now.
        builder.Services.AddAiOpsNotifications().AddEmail(configure: options =>
        {
            options.Host = "127.0.0.1";
            options.Port = smtpPort;
            options.Security = SmtpSecurity.None;
            options.From = "AiOps <aiops@example.test>";
            options.To.Add("ops@example.test");
        });
        return builder.Build();
    }

    public static async Task<IReadOnlyDictionary<string, string>> RenderAsync(TemplateModel model)
    {
        using var host = Build(25);
        var renderer = host.Services.GetRequiredService<ITemplateRenderer>();
        return await renderer.RenderAsync("email", model, TestContext.Current.CancellationToken);
    }
}
