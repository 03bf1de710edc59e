using System.Globalization;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Sqlite.Internal;

internal sealed class SqliteStoreOptionsValidator(string sectionPath) : IValidateOptions<SqliteStoreOptions>
{
    public const string DefaultSectionPath = "AiOps:Sqlite";

    private static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = GetFailures(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public List<string> GetFailures(SqliteStoreOptions options)
    {
        var failures = new List<string>();
        var path = options.DatabasePath;
        if (string.IsNullOrWhiteSpace(path))
        {
            failures.Add($"{sectionPath}:DatabasePath is required: set it to a file such as 'data/aiops.db' "
                + "(a relative path resolves against the content root).");
        }
        else if (IsInMemory(path))
        {
            failures.Add($"{sectionPath}:DatabasePath '{path}' is an in-memory database, which the SQLite store "
                + "cannot share between its connections: give a file path, or use the in-memory store.");
        }
        else if (path.Contains('\0', StringComparison.Ordinal) || Path.EndsInDirectorySeparator(path))
        {
            failures.Add(
                $"{sectionPath}:DatabasePath '{path}' does not name a file: give a path such as 'data/aiops.db'.");
        }

        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > MaxBusyTimeout)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{sectionPath}:BusyTimeout must be more than zero and at most 10 minutes; "
                    + $"it is {options.BusyTimeout}."));
        }

        return failures;
    }

    private static bool IsInMemory(string path) =>
        path.Trim().Equals(":memory:", StringComparison.OrdinalIgnoreCase)
        || path.Contains("mode=memory", StringComparison.OrdinalIgnoreCase);
}
