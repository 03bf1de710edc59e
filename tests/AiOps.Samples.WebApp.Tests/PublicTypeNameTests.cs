using System.Reflection;
using Microsoft.AspNetCore.Builder;
using AiOps.Notifications;
using AiOps.Notifications.Dashboard;
using AiOps.Notifications.Email;
using AiOps.Notifications.Slack;
using AiOps.Notifications.Sqlite;
using AiOps.Notifications.Teams;
using AiOps.Notifications.Webhook;

namespace AiOps.Samples.WebApp.Tests;

/// <summary>
/// A web project imports these namespaces implicitly; a public type of ours with the name of one of theirs
/// makes code that imports our namespace fail with CS0104 (ambiguous reference).
/// </summary>
public sealed class PublicTypeNameTests
{
    private static readonly string[] WebSdkImplicitNamespaces =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Net.Http.Json",
        "System.Threading", "System.Threading.Tasks", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration",
        "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    private static readonly Assembly[] Ours =
    [
        typeof(INotificationPublisher).Assembly, typeof(AiOpsDashboardOptions).Assembly,
        typeof(EmailChannelOptions).Assembly, typeof(SlackChannelOptions).Assembly,
        typeof(SqliteStoreOptions).Assembly, typeof(TeamsChannelOptions).Assembly,
        typeof(WebhookChannelOptions).Assembly,
    ];

    [Fact]
    public void PublicTypes_NoNameTakenByAWebProjectsImplicitUsings()
    {
        var taken = FrameworkTypeNames();

        var clashes = Ours.SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => !type.IsNested && taken.Contains(SimpleName(type)))
            .Select(type => type.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(taken.Contains("RouteOptions"), "the framework's types were not read");
        Assert.Empty(clashes);
    }

    private static HashSet<string> FrameworkTypeNames()
    {
        var folders = new[] { typeof(object), typeof(WebApplication), typeof(HttpClient) }
            .Select(type => Path.GetDirectoryName(type.Assembly.Location)!)
            .Distinct(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in folders.SelectMany(folder => Directory.EnumerateFiles(folder, "*.dll")))
        {
            foreach (var type in ExportedTypes(file))
            {
                if (!type.IsNested && type.Namespace is { } space
                    && WebSdkImplicitNamespaces.Contains(space, StringComparer.Ordinal))
                {
                    names.Add(SimpleName(type));
                }
            }
        }

        return names;
    }

    private static string SimpleName(Type type) =>
        type.Name.IndexOf('`', StringComparison.Ordinal) is var tick and >= 0 ? type.Name[..tick] : type.Name;

    private static Type[] ExportedTypes(string file)
    {
        try
        {
            return Assembly.LoadFrom(file).GetExportedTypes();
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException
            or ReflectionTypeLoadException or TypeLoadException or FileNotFoundException)
        {
            return []; // native libraries and facades that do not load here
        }
    }
}
