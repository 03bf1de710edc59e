using System.Globalization;

namespace AiOps.Notifications.Reports;

/// <summary>Flattens a report into (section, key, metric, value) rows, the shape of its CSV and PDF tables.</summary>
public static class ReportRows
{
    /// <summary>Lists the rows of a report: summary first, then breakdowns, fingerprints, channels and agents.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The rows; values are formatted with the invariant culture.</returns>
    public static IEnumerable<(string Section, string Key, string Metric, string Value)> Of(OperationsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var incidents = report.Incidents;
        yield return ("summary", "period", "from", report.Period.From.ToString("O", CultureInfo.InvariantCulture));
        yield return ("summary", "period", "to", report.Period.To.ToString("O", CultureInfo.InvariantCulture));
        yield return ("summary", "incidents", "total", Number(incidents.Total));
        yield return ("summary", "incidents", "acknowledged", Number(incidents.Acknowledged));
        yield return ("summary", "incidents", "resolved", Number(incidents.Resolved));
        yield return ("summary", "incidents", "resolution_rate", Rate(incidents.ResolutionRate));
        yield return ("summary", "incidents", "mean_time_to_acknowledge_s", Seconds(incidents.MeanTimeToAcknowledge));
        yield return ("summary", "incidents", "mean_time_to_resolve_s", Seconds(incidents.MeanTimeToResolve));
        foreach (var row in Breakdowns(incidents))
        {
            yield return row;
        }

        foreach (var top in report.TopFingerprints)
        {
            yield return ("fingerprint", top.Fingerprint, "occurrences", Number(top.Occurrences));
            yield return ("fingerprint", top.Fingerprint, "incidents", Number(top.Incidents));
            yield return ("fingerprint", top.Fingerprint, "title", top.Title);
        }

        foreach (var row in report.Channels.SelectMany(ChannelRows).Concat(report.Agents.SelectMany(AgentRows)))
        {
            yield return row;
        }
    }

    /// <summary>Formats a time span as whole seconds, or empty when there is none.</summary>
    /// <param name="value">The time span.</param>
    /// <returns>The seconds, invariant culture.</returns>
    public static string Seconds(TimeSpan? value) =>
        value is { } span ? Math.Round(span.TotalSeconds).ToString(CultureInfo.InvariantCulture) : "";

    /// <summary>Formats a share as a fraction with three decimals, or empty when there is none.</summary>
    /// <param name="value">The share between 0 and 1.</param>
    /// <returns>The fraction, invariant culture.</returns>
    public static string Rate(double? value) =>
        value is { } rate ? rate.ToString("0.000", CultureInfo.InvariantCulture) : "";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<(string, string, string, string)> Breakdowns(IncidentFigures incidents) =>
        incidents.ByStatus.Select(c => ("status", c.Key, "incidents", Number(c.Count)))
            .Concat(incidents.ByLevel.Select(c => ("level", c.Key, "incidents", Number(c.Count))))
            .Concat(incidents.ByCategory.Select(c => ("category", c.Key, "incidents", Number(c.Count))))
            .Concat(incidents.ByComponent.Select(c => ("component", c.Key, "incidents", Number(c.Count))));

    private static IEnumerable<(string, string, string, string)> ChannelRows(ChannelFigures c) =>
    [
        ("channel", c.Channel, "deliveries", Number(c.Deliveries)),
        ("channel", c.Channel, "delivered", Number(c.Delivered)),
        ("channel", c.Channel, "failed", Number(c.Failed)),
        ("channel", c.Channel, "retried", Number(c.Retried)),
        ("channel", c.Channel, "escalated", Number(c.Escalated)),
        ("channel", c.Channel, "silenced", Number(c.Silenced)),
        ("channel", c.Channel, "pending", Number(c.Pending)),
    ];

    private static IEnumerable<(string, string, string, string)> AgentRows(AgentFigures a) =>
    [
        ("agent", a.AgentName, "diagnoses", Number(a.Diagnoses)),
        ("agent", a.AgentName, "mean_response_time_s", Seconds(a.MeanResponseTime)),
        ("agent", a.AgentName, "feedback", Number(a.Feedback)),
        ("agent", a.AgentName, "success_rate", Rate(a.SuccessRate)),
    ];
}
