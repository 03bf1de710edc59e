namespace AiOps.Notifications.Reports;

/// <summary>The file formats the core writes reports and lists in; the dashboard adds PDF for reports.</summary>
public enum ExportFormat
{
    /// <summary>Comma-separated values (RFC 4180, UTF-8), safe to open in a spreadsheet.</summary>
    Csv = 0,

    /// <summary>JSON, camelCase, enums as strings.</summary>
    Json = 1,
}
