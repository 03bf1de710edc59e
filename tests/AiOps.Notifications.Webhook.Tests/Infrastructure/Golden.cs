using System.Runtime.CompilerServices;

namespace AiOps.Notifications.Webhook.Tests.Infrastructure;

/// <summary>Compares output with committed golden files; writes them only when AIOPS_UPDATE_GOLDEN=1.</summary>
internal static class Golden
{
    public static void AssertMatches(string fileName, string actual, [CallerFilePath] string caller = "")
    {
        var directory = Path.Combine(FindProjectDirectory(caller), "Golden");
        var path = Path.Combine(directory, fileName);
        var normalised = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("AIOPS_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, normalised);
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing. Run the tests with AIOPS_UPDATE_GOLDEN=1 once.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), normalised);
    }

    private static string FindProjectDirectory(string caller)
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(caller)!);
        while (directory is not null && directory.GetFiles("*.csproj").Length == 0)
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No test project above " + caller);
    }
}
