using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiOps.Notifications.Teams.Tests.Infrastructure;

/// <summary>Compares JSON with a committed golden file; a missing file fails unless AIOPS_UPDATE_GOLDEN=1.</summary>
internal static class GoldenFile
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void AssertJson(string name, string actualJson, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(FindProjectDirectory(caller), "Golden", name + ".json");
        var actual = Normalise(actualJson);
        if (Environment.GetEnvironmentVariable("AIOPS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual + "\n");
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run with AIOPS_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(Normalise(File.ReadAllText(path)), actual);
    }

    private static string Normalise(string json) => JsonNode.Parse(json)!.ToJsonString(Indented);

    private static string FindProjectDirectory(string caller)
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(caller)!);
        while (directory is not null && directory.GetFiles("*.csproj").Length == 0)
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No test project found above " + caller);
    }
}
