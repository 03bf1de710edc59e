using System.Globalization;
using System.Text;

namespace AiOps.Notifications.Reports;

/// <summary>Turns a report into the title and the <c>notification.data</c> values of a digest.</summary>
internal static class DigestSummary
{
    public static NotificationRequest Request(DigestOptions digest, OperationsReport report)
    {
        var incidents = report.Incidents;
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["digest"] = digest.Name,
            ["period_from"] = report.Period.From.ToString("O", CultureInfo.InvariantCulture),
            ["period_to"] = report.Period.To.ToString("O", CultureInfo.InvariantCulture),
            ["incidents"] = Number(incidents.Total),
            ["resolved"] = Number(incidents.Resolved),
            ["resolution_rate"] = ReportRows.Rate(incidents.ResolutionRate),
            ["mean_time_to_acknowledge_s"] = ReportRows.Seconds(incidents.MeanTimeToAcknowledge),
            ["mean_time_to_resolve_s"] = ReportRows.Seconds(incidents.MeanTimeToResolve),
            ["deliveries_failed"] = Number(report.Channels.Sum(c => c.Failed)),
            ["summary"] = Summary(report),
        };

        return new NotificationRequest
        {
            Type = NotificationTypes.ReportDigest,
            Title = $"{digest.Name}: {incidents.Total} incidents, {incidents.Resolved} resolved",
            Priority = NotificationPriority.Low,
            Data = data,
            Channels = digest.Channels.Count == 0 ? null : [.. digest.Channels],
        };
    }

    private static string Summary(OperationsReport report)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Incidents: {report.Incidents.Total}")
            .Append(CultureInfo.InvariantCulture, $", resolved: {report.Incidents.Resolved}");
        foreach (var top in report.TopFingerprints.Take(3))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {top.Title} ({top.Occurrences}×)");
        }

        return text.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
