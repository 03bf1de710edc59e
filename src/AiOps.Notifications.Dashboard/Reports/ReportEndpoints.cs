using AiOps.Notifications.Dashboard.Internal;
using AiOps.Notifications.Dashboard.OpenApi;
using AiOps.Notifications.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiOps.Notifications.Dashboard.Reports;

/// <summary>Maps the report and export endpoints: the report as JSON, CSV or PDF, and the streamed raw lists.</summary>
internal static class ReportEndpoints
{
    private static readonly string[] ReportFormats = ["json", "csv", "pdf"];
    private static readonly string[] ListFormats = ["csv", "json"];

    private static readonly (string, string) From =
        ("from", "start of the period, ISO 8601; default: 7 days before 'to'");
    private static readonly (string, string) To = ("to", "end of the period (excluded), ISO 8601; default: now");
    private static readonly (string, string) ListFormat = ("format", "csv (default) or json");

    public static void MapReportExports(this RouteGroupBuilder group)
    {
        group.MapGet("/api/reports", ReportAsync)
            .WithSummary("The operations report of a period: incidents, recurring fingerprints, channels, agents")
            .WithQueryParameters(From, To)
            .Produces(StatusCodes.Status200OK, null, "application/json").ProducesValidationProblem();
        group.MapGet("/api/reports/export", ExportReportAsync)
            .WithSummary("The operations report of a period as a file")
            .WithQueryParameters(From, To, ("format", "json (default), csv or pdf"))
            .Produces(StatusCodes.Status200OK, null, "application/pdf", "text/csv", "application/json")
            .ProducesValidationProblem();
        group.MapGet("/api/incidents/export", (HttpContext context, ReportExporter exporter, TimeProvider clock) =>
                ExportList(context, clock, "incidents", exporter.WriteIncidentsAsync))
            .WithSummary("Every incident detected in a period, streamed oldest first")
            .WithQueryParameters(From, To, ListFormat)
            .Produces(StatusCodes.Status200OK, null, "text/csv", "application/json")
            .ProducesValidationProblem();
        group.MapGet("/api/notifications/export", (HttpContext context, ReportExporter exporter, TimeProvider clock) =>
                ExportList(context, clock, "notifications", exporter.WriteNotificationsAsync))
            .WithSummary("Every notification created in a period, streamed oldest first")
            .WithQueryParameters(From, To, ListFormat)
            .Produces(StatusCodes.Status200OK, null, "text/csv", "application/json")
            .ProducesValidationProblem();
    }

    private static async Task<IResult> ReportAsync(
        HttpContext context, OperationsReportBuilder builder, ReportExporter exporter, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var period = ReportPeriodParser.Parse(context.Request.Query, clock.GetUtcNow(), errors);
        if (period is null)
        {
            return DashboardProblems.Invalid("The report period is not valid", errors);
        }

        var report = await builder.BuildAsync(period, context.RequestAborted).ConfigureAwait(false);
        return Results.Stream(
            stream => exporter.WriteReportAsync(report, ExportFormat.Json, stream, context.RequestAborted),
            "application/json");
    }

    private static async Task<IResult> ExportReportAsync(
        HttpContext context, OperationsReportBuilder builder, ReportExporter exporter, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var period = ReportPeriodParser.Parse(context.Request.Query, clock.GetUtcNow(), errors);
        var format = ReportPeriodParser.Format(context.Request.Query, ReportFormats, errors);
        if (period is null || format is null)
        {
            return DashboardProblems.Invalid("The report export is not valid", errors);
        }

        var report = await builder.BuildAsync(period, context.RequestAborted).ConfigureAwait(false);
        var name = $"aiops-report-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.{format}";
        if (format == "pdf")
        {
            using var pdf = new MemoryStream();
            ReportPdfWriter.Write(report, pdf);
            return Results.File(pdf.ToArray(), "application/pdf", name);
        }

        var exportFormat = format == "csv" ? ExportFormat.Csv : ExportFormat.Json;
        return Results.Stream(
            stream => exporter.WriteReportAsync(report, exportFormat, stream, context.RequestAborted),
            ContentType(exportFormat), name);
    }

    private static IResult ExportList(
        HttpContext context,
        TimeProvider clock,
        string what,
        Func<ReportPeriod, ExportFormat, Stream, CancellationToken, Task<int>> write)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var period = ReportPeriodParser.Parse(context.Request.Query, clock.GetUtcNow(), errors);
        var format = ReportPeriodParser.Format(context.Request.Query, ListFormats, errors);
        if (period is null || format is null)
        {
            return DashboardProblems.Invalid($"The {what} export is not valid", errors);
        }

        var exportFormat = format == "csv" ? ExportFormat.Csv : ExportFormat.Json;
        return Results.Stream(
            stream => write(period, exportFormat, stream, context.RequestAborted),
            ContentType(exportFormat),
            $"aiops-{what}-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.{format}");
    }

    private static string ContentType(ExportFormat format) =>
        format == ExportFormat.Csv ? "text/csv; charset=utf-8" : "application/json";
}
