using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Logging;

/// <summary>Turns a captured log entry into an incident report with a stable fingerprint.</summary>
internal static class LogIncidentFactory
{
    private const int MaxTitleLength = 200;

    public static IncidentReport Create(CapturedLogEntry entry)
    {
        var exceptionType = entry.Exception?.GetType().FullName;
        var frame = TopFrame(entry.Exception);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["logger"] = entry.Category };
        if (exceptionType is not null)
        {
            labels["exception_type"] = exceptionType;
        }

        return new IncidentReport
        {
            Title = Shorten($"{entry.Category}: {entry.Message}"),
            Message = entry.Exception is null ? entry.Message : $"{entry.Message}\n\n{entry.Exception}",
            Component = entry.Category,
            Source = "log",
            Level = entry.Level == LogLevel.Critical ? IncidentLevel.Critical : IncidentLevel.Error,
            Fingerprint = Fingerprint(entry.Category, entry.Template ?? entry.Message, exceptionType, frame),
            Labels = labels,
        };
    }

    public static string? TopFrame(Exception? exception)
    {
        var method = exception is null ? null : new StackTrace(exception, false).GetFrame(0)?.GetMethod();
        return method is null ? null : $"{method.DeclaringType?.FullName}.{method.Name}";
    }

    private static string Fingerprint(string category, string template, string? exceptionType, string? frame)
    {
        var text = $"{category}\n{template}\n{exceptionType}\n{frame}";
        return "log-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= MaxTitleLength ? line : line[..(MaxTitleLength - 1)] + "…";
    }
}
