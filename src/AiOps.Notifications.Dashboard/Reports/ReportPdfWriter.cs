using AiOps.Notifications.Reports;
using PdfSharp.Pdf;

namespace AiOps.Notifications.Dashboard.Reports;

/// <summary>Renders an operations report as PDF: a summary, a bar chart of incidents by level and a table.</summary>
internal static class ReportPdfWriter
{
    public static void Write(OperationsReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        DejaVuFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = "AiOps operations report";

        var canvas = new PdfCanvas(document);
        canvas.Heading("Operations report", 18);
        canvas.Line($"{report.Period.From:yyyy-MM-dd HH:mm} – {report.Period.To:yyyy-MM-dd HH:mm} (UTC offset as given)");
        canvas.Line($"Incidents: {report.Incidents.Total}   Resolved: {report.Incidents.Resolved}   "
            + $"Resolution rate: {ReportRows.Rate(report.Incidents.ResolutionRate)}");
        canvas.Gap();
        canvas.Heading("Incidents by level", 12);
        canvas.BarChart(report.Incidents.ByLevel);
        canvas.Gap();
        canvas.Heading("Figures", 12);
        canvas.Table(ReportRows.Of(report).Select(r => new[] { r.Section, r.Key, r.Metric, r.Value }));
        canvas.Dispose();

        document.Save(output, closeStream: false);
    }
}
