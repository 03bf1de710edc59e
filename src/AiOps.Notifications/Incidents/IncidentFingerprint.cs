using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AiOps.Notifications;

/// <summary>Computes the fingerprint of a report that does not bring its own.</summary>
/// <remarks>
/// The hash covers the parts as the incident stores them (the title trimmed). Each part is written as its length,
/// a colon and its text, so no value can pass for another split of the same characters: a label value holding
/// a line break and <c>=</c> cannot stand for a second label.
/// </remarks>
internal static class IncidentFingerprint
{
    public static string Compute(IncidentReport report)
    {
        var text = new StringBuilder();
        Append(text, report.Component);
        Append(text, report.Title.Trim());
        if (report.Labels is not null)
        {
            foreach (var (key, value) in report.Labels.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                Append(text, key);
                Append(text, value);
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>Appends a part with its length in front; a missing component counts as an empty one.</summary>
    private static void Append(StringBuilder text, string? part) =>
        text.Append(CultureInfo.InvariantCulture, $"{part?.Length ?? 0}:").Append(part);
}
