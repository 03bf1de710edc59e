using System.Security.Cryptography;
using System.Text;

namespace AiOps.Notifications;

/// <summary>Computes the fingerprint of a report that does not bring its own.</summary>
internal static class IncidentFingerprint
{
    public static string Compute(IncidentReport report)
    {
        var text = new StringBuilder()
            .Append(report.Component).Append('\n')
            .Append(report.Title).Append('\n');
        if (report.Labels is not null)
        {
            foreach (var (key, value) in report.Labels.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                text.Append(key).Append('=').Append(value).Append('\n');
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
